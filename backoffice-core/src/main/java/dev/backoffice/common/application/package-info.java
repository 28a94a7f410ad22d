/**
 * Helpers every context's application services share. {@link dev.backoffice.common.application.UseCases}
 * is the one path of a use-case call: access check, validation of the command
 * ({@link dev.backoffice.common.application.CommandValidator}), one unit of work, idempotency keys,
 * audit trail and events handed to the host after commit. {@code TextCheck}
 * validates free text fields. Hosts do not call this package; they call the contexts' {@code api}.
 */
package dev.backoffice.common.application;
