package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Migration scripts split into statements: trigger bodies and function bodies with semicolons stay whole. */
class MigrationsSplitTest {
    @Test
    void triggerAndFunctionBodiesStayWhole() {
        String script = """
                -- a comment
                CREATE TABLE t (a int);
                CREATE TRIGGER t_ins AFTER INSERT ON t
                BEGIN
                  INSERT INTO u VALUES (new.a);
                END;
                CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  -- inside the body
                  INSERT INTO u VALUES (1);

                  RETURN NULL;
                END $$;
                CREATE TRIGGER t_pg AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();
                SELECT 1;
                """;
        List<String> statements = Migrations.split(script);
        assertEquals(5, statements.size(), statements.toString());
        assertEquals("CREATE TABLE t (a int);", statements.get(0));
        assertEquals(true, statements.get(1).endsWith("END;"));
        assertEquals(true, statements.get(2).contains("RETURN NULL;") && statements.get(2).endsWith("END $$;"));
        assertEquals(true, statements.get(2).contains("-- inside the body"));
        assertEquals("CREATE TRIGGER t_pg AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();", statements.get(3));
        assertEquals("SELECT 1;", statements.get(4));
    }
}
