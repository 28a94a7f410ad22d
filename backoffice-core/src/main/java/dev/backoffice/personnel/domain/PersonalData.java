package dev.backoffice.personnel.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks data about a person: names, contact details, dates of a person's life, pay. Adapters and
 * hosts use it to find what to protect (encryption at rest, masking in logs, access rules) and
 * what to erase when an employee is anonymized. The library never logs such data at INFO level.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD,
        ElementType.PARAMETER})
public @interface PersonalData {
}
