-- Append-only history is enforced in the database on PostgreSQL only (triggers in PL/pgSQL);
-- H2 triggers are Java classes, which this library does not put on a host's class path. On H2 the
-- library alone keeps posted entries, seals and audit records unchanged, and the journal seals
-- reveal a change made behind its back. This version keeps both databases on the same numbering.
SELECT 1;
