package dev.backoffice.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class TenantIdAndActorTest {

    @ParameterizedTest(name = "\"{0}\" is a tenant id")
    @ValueSource(strings = {"acme", "ACME", "a", "tenant-1", "eu.acme_42", "0"})
    void accepts_letters_digits_dots_underscores_and_dashes(String value) {
        assertThat(TenantId.of(value).value()).isEqualTo(value);
        assertThat(TenantId.of(value)).hasToString(value);
    }

    @Test
    void accepts_64_characters() {
        String value = "t".repeat(64);

        assertThat(TenantId.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {" ", " acme", "acme ", "ac me", "acme/eu", "acme:1", "acmé", "ünï", "a\nb", "tenant*", "%"})
    void refuses_blank_and_foreign_characters(String value) {
        assertRefused("tenant.invalid", () -> TenantId.of(value));
    }

    @Test
    void refuses_65_characters() {
        assertRefused("tenant.invalid", () -> TenantId.of("t".repeat(65)));
    }

    @Test
    void tenants_with_the_same_id_are_equal() {
        assertThat(TenantId.of("acme")).isEqualTo(new TenantId("acme")).isNotEqualTo(TenantId.of("Acme"));
    }

    @Test
    void actor_has_a_tenant_and_an_id() {
        Actor actor = Actor.of("acme", "alice");

        assertThat(actor.tenant()).isEqualTo(TenantId.of("acme"));
        assertThat(actor.id()).isEqualTo("alice");
        assertThat(Actor.of(TenantId.of("acme"), "alice")).isEqualTo(actor);
    }

    @Test
    void actor_accepts_an_id_of_128_characters() {
        assertThat(Actor.of("acme", "a".repeat(128)).id()).hasSize(128);
    }

    @Test
    void actor_without_tenant_is_refused() {
        assertRefused("actor.invalid", () -> new Actor(null, "alice"));
        assertRefused("actor.invalid", () -> Actor.of((TenantId) null, "alice"));
    }

    @ParameterizedTest(name = "actor id \"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void actor_without_id_is_refused(String id) {
        assertRefused("actor.invalid", () -> Actor.of("acme", id));
    }

    @Test
    void actor_id_longer_than_128_characters_is_refused() {
        assertRefused("actor.invalid", () -> Actor.of("acme", "a".repeat(129)));
    }

    @Test
    void actor_of_an_invalid_tenant_is_refused_for_the_tenant() {
        assertRefused("tenant.invalid", () -> Actor.of("not a tenant", "alice"));
    }
}
