-- Optional row-level security for the back office's tables on PostgreSQL: a second wall between
-- tenants behind the tenant filter every query of the library already has. Run it as the owner of
-- the tables, after the migrations, with BackOfficeMigrations.enableRowLevelSecurity(dataSource);
-- it is idempotent, and is run again after migrations that add tables.
--
-- Every table of the library with a tenant_id column gets a policy that lets a session see and
-- write only the rows of the tenant named by the setting 'backoffice.tenant'. The JPA adapter sets it
-- for each unit of work when built with JpaAdapters.builder(..).tenantScopedTransactions(); a
-- session that has not set it sees no row and can write none. Policies bind roles that do not own
-- the tables: the application must connect as such a role (the owner keeps running migrations).
--
-- Left out on purpose: bo_outbox_events (the relay delivers the events of every tenant) and the
-- child tables without a tenant column (lines, allocations, units...), which are reached only
-- through their parent's id.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN
        SELECT c.table_name
        FROM information_schema.columns c
        JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
        WHERE c.table_schema = current_schema()
          AND c.column_name = 'tenant_id'
          AND tb.table_type = 'BASE TABLE'
          AND c.table_name LIKE 'bo\_%'
          AND c.table_name <> 'bo_outbox_events'
        ORDER BY c.table_name
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.table_name);
        EXECUTE format('DROP POLICY IF EXISTS bo_tenant_isolation ON %I', t.table_name);
        EXECUTE format('CREATE POLICY bo_tenant_isolation ON %I'
                       ' USING (tenant_id = current_setting(''backoffice.tenant'', true))'
                       ' WITH CHECK (tenant_id = current_setting(''backoffice.tenant'', true))', t.table_name);
    END LOOP;
END $$;
