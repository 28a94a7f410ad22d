package dev.backoffice.personnel.application;

import dev.backoffice.common.AccessDeniedException;
import dev.backoffice.common.Actor;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.personnel.api.PersonnelPermissions;

import java.util.function.Predicate;

/** Whether the access policy lets an actor see personal data ({@code personnel.personal_data.read}). */
final class PersonalDataAccess implements Predicate<Actor> {

    private record PersonalDataRead() {
    }

    private static final PersonalDataRead READ = new PersonalDataRead();

    private final UseCases useCases;

    PersonalDataAccess(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public boolean test(Actor actor) {
        try {
            useCases.admit(actor, PersonnelPermissions.READ_PERSONAL_DATA, READ);
            return true;
        } catch (AccessDeniedException refused) {
            return false;
        }
    }
}
