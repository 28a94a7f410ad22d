-- Append-only history, enforced by the database for every role that does not switch triggers off
-- (only a superuser can, with session_replication_role): a posted journal entry, its lines and
-- their dimensions are never updated or deleted, except that a posted entry can be marked
-- reversed once; journal seals and audit records are never updated or deleted. Drafts stay free.
-- SQLSTATE 55000 (object_not_in_prerequisite_state) names the refusal.

CREATE FUNCTION bo_refuse_posted_entry_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'DRAFT' THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE'
        AND NEW.id = OLD.id AND NEW.tenant_id = OLD.tenant_id AND NEW.accounting_date = OLD.accounting_date
        AND NEW.description = OLD.description
        AND NEW.source_reference IS NOT DISTINCT FROM OLD.source_reference
        AND NEW.reversal_of IS NOT DISTINCT FROM OLD.reversal_of
        AND NEW.created_by = OLD.created_by AND NEW.created_at = OLD.created_at
        AND NEW.posted_by IS NOT DISTINCT FROM OLD.posted_by AND NEW.posted_at IS NOT DISTINCT FROM OLD.posted_at
        AND ((NEW.status = OLD.status AND NEW.reversed_by IS NOT DISTINCT FROM OLD.reversed_by)
             OR (OLD.status = 'POSTED' AND NEW.status = 'REVERSED' AND OLD.reversed_by IS NULL
                 AND NEW.reversed_by IS NOT NULL)) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'journal entry % is posted: it is never changed or deleted, only reversed', OLD.id
        USING ERRCODE = '55000';
END;
$$;

CREATE TRIGGER bo_journal_entries_append_only BEFORE UPDATE OR DELETE ON bo_journal_entries
    FOR EACH ROW EXECUTE FUNCTION bo_refuse_posted_entry_change();

CREATE FUNCTION bo_refuse_posted_line_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.posted AND (TG_OP = 'DELETE' OR NEW IS DISTINCT FROM OLD) THEN
        RAISE EXCEPTION 'line % of journal entry % is posted: it is never changed or deleted', OLD.line_no, OLD.entry_id
            USING ERRCODE = '55000';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER bo_journal_lines_append_only BEFORE UPDATE OR DELETE ON bo_journal_lines
    FOR EACH ROW EXECUTE FUNCTION bo_refuse_posted_line_change();

CREATE FUNCTION bo_refuse_posted_dimension_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM bo_journal_lines l
               WHERE l.entry_id = OLD.entry_id AND l.line_no = OLD.line_no AND l.posted) THEN
        RAISE EXCEPTION 'a dimension of posted line % of journal entry % is never changed or deleted',
            OLD.line_no, OLD.entry_id USING ERRCODE = '55000';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER bo_journal_line_dimensions_append_only BEFORE UPDATE OR DELETE ON bo_journal_line_dimensions
    FOR EACH ROW EXECUTE FUNCTION bo_refuse_posted_dimension_change();

CREATE FUNCTION bo_refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: its rows are never changed or deleted', TG_TABLE_NAME USING ERRCODE = '55000';
END;
$$;

CREATE TRIGGER bo_journal_seals_append_only BEFORE UPDATE OR DELETE ON bo_journal_seals
    FOR EACH ROW EXECUTE FUNCTION bo_refuse_history_change();
CREATE TRIGGER bo_audit_records_append_only BEFORE UPDATE OR DELETE ON bo_audit_records
    FOR EACH ROW EXECUTE FUNCTION bo_refuse_history_change();
