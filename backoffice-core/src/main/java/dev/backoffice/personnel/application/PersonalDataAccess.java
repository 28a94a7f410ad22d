package dev.backoffice.personnel.application;

import dev.backoffice.common.Actor;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.personnel.api.PersonnelPermissions;

import java.util.function.Predicate;

/** Whether the access policy lets an actor see personal data ({@code personnel.personal_data.read}). */
final class PersonalDataAccess implements Predicate<Actor> {



    private final UseCases useCases;

    PersonalDataAccess(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public boolean test(Actor actor) {
        return useCases.permits(actor, PersonnelPermissions.READ_PERSONAL_DATA);
    }
}
