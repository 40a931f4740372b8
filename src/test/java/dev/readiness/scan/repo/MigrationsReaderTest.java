package dev.readiness.scan.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.scan.repo.RepoFacts.MigrationSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsReaderTest {
  @TempDir Path dir;
  private int fixtures;

  private MigrationSet only(Map<String, String> files) {
    List<MigrationSet> sets = RepoFixture.scan(dir.resolve("f" + fixtures++), files).migrations();
    assertEquals(1, sets.size(), sets::toString);
    return sets.get(0);
  }

  @Test
  void alembicDowngradePassIsNotReversibleButCodeIs() {
    MigrationSet m = only(Map.of(
        "db/env.py", "",
        "db/versions/001_a.py", "def upgrade():\n    op.create_table('a')\n\n\ndef downgrade() -> None:\n    \"\"\"Nothing.\"\"\"\n    # no-op\n    pass\n",
        "db/versions/002_b.py", "def upgrade():\n    op.add_column('a', x)\n\ndef downgrade():\n    op.drop_column('a', 'x')\n"));
    assertEquals("alembic", m.tool());
    assertEquals(2, m.count());
    assertEquals(1, m.reversible());
    assertEquals(5, m.items().get(0).line());
  }

  @Test
  void djangoRunPythonWithoutReverseIsIrreversible() {
    MigrationSet m = only(Map.of(
        "shop/migrations/__init__.py", "",
        "shop/migrations/0001_initial.py", "class Migration(migrations.Migration):\n    operations = [migrations.CreateModel(name='A', fields=[])]\n",
        "shop/migrations/0002_data.py", "class Migration(migrations.Migration):\n    operations = [migrations.RunPython(forwards)]\n"));
    assertEquals("django", m.tool());
    assertEquals(1, m.reversible());
  }

  @Test
  void flywayUndoFiles() {
    MigrationSet m = only(Map.of(
        "src/main/resources/db/migration/V1__init.sql", "create table a(id int);",
        "src/main/resources/db/migration/V2__more.sql", "create table b(id int);",
        "src/main/resources/db/migration/U2__more.sql", "drop table b;"));
    assertEquals("flyway", m.tool());
    assertEquals(2, m.count());
    assertEquals(1, m.reversible());
  }

  @Test
  void golangMigrateAndGoose() {
    MigrationSet gm = only(Map.of("migrations/000001_init.up.sql", "create table a(id int);",
        "migrations/000001_init.down.sql", "-- only a comment\n"));
    assertEquals("golang-migrate", gm.tool());
    assertEquals(0, gm.reversible(), "a down file with no SQL does not roll back");
  }

  @Test
  void gooseDownSection() {
    MigrationSet m = only(Map.of("db/migrations/20240101_init.sql", "-- +goose Up\ncreate table a(id int);\n-- +goose Down\ndrop table a;\n"));
    assertEquals("goose", m.tool());
    assertEquals(1, m.reversible());
    assertEquals(3, m.items().get(0).line());
  }

  @Test
  void knexTypeormSequelize() {
    assertEquals(0, only(Map.of("migrations/20240101_init.js",
        "exports.up = function(knex) { return knex.schema.createTable('a', t => {}); };\nexports.down = function(knex) {};\n")).reversible());
    MigrationSet t = only(Map.of("src/migration/1700-Init.ts",
        "export class Init1700 implements MigrationInterface {\n  public async up(q: QueryRunner) { await q.query('create'); }\n  public async down(q: QueryRunner): Promise<void> {\n    await q.query('drop');\n  }\n}\n"));
    assertEquals("typeorm", t.tool());
    assertEquals(1, t.reversible());
    assertEquals(3, t.items().get(0).line());
  }

  @Test
  void railsIrreversibleDown() {
    MigrationSet r = only(Map.of("db/migrate/20240101_create.rb", "class Create < ActiveRecord::Migration[7.1]\n  def up\n    create_table :a\n  end\n  def down\n    raise ActiveRecord::IrreversibleMigration\n  end\nend\n"));
    assertEquals("rails", r.tool());
    assertEquals(0, r.reversible());
  }

  @Test
  void efDown() {
    MigrationSet ef = only(Map.of("Data/Migrations/20240101_Init.cs",
        "public partial class Init : Migration {\n protected override void Up(MigrationBuilder b) { b.CreateTable(\"A\"); }\n protected override void Down(MigrationBuilder b) { b.DropTable(name: \"A\"); }\n}\n"));
    assertEquals("ef", ef.tool());
    assertEquals(1, ef.reversible());
  }

  @Test
  void prismaHasNoDownMigrations() {
    MigrationSet p = only(Map.of("prisma/migrations/20240101_init/migration.sql", "CREATE TABLE a();",
        "prisma/migrations/20240102_more/migration.sql", "CREATE TABLE b();"));
    assertEquals("prisma", p.tool());
    assertEquals("prisma/migrations", p.dir());
    assertEquals(2, p.count());
    assertEquals(0, p.reversible());
  }

  @Test
  void liquibaseRollbackOrAutoReversibleChanges() {
    MigrationSet l = only(Map.of("src/main/resources/db/changelog/db.changelog-master.xml",
        "<databaseChangeLog>\n<changeSet id=\"1\" author=\"a\">\n  <createTable tableName=\"a\"><column name=\"id\" type=\"int\"/></createTable>\n</changeSet>\n"
            + "<changeSet id=\"2\" author=\"a\">\n  <sql>update a set id = 1</sql>\n</changeSet>\n"
            + "<changeSet id=\"3\" author=\"a\">\n  <sql>delete from a</sql>\n  <rollback>insert into a values (1)</rollback>\n</changeSet>\n</databaseChangeLog>\n"));
    assertEquals("liquibase", l.tool());
    assertEquals(3, l.count());
    assertEquals(2, l.reversible());
    assertTrue(l.items().get(0).reversible());
    assertFalse(l.items().get(1).reversible());
    assertEquals(5, l.items().get(1).line());
  }

  @Test
  void aConfiguredToolWithoutMigrationsIsASetOfZero() {
    MigrationSet m = only(Map.of("alembic.ini", "[alembic]\nscript_location = db\n", "db/env.py", "from alembic import context\n"));
    assertEquals("alembic", m.tool());
    assertEquals(0, m.count());
    assertEquals("rails", only(Map.of("db/schema.rb", "ActiveRecord::Schema.define do\nend\n")).tool());
    assertEquals("django", only(Map.of("src/manage.py", "import django\n")).tool());
  }

  @Test
  void aerichDowngradeReturningBlankSqlIsIrreversible() {
    MigrationSet m = only(Map.of("pyproject.toml", "[tool.aerich]\nlocation = './migrations'\n",
        "migrations/models/0_20240122171233_init.py",
        "async def upgrade(db) -> str:\n    return \"\"\"\n        CREATE TABLE a (id int);\"\"\"\n\n\nasync def downgrade(db) -> str:\n    return \"\"\"\n        \"\"\"\n"));
    assertEquals("aerich", m.tool());
    assertEquals(1, m.count());
    assertEquals(0, m.reversible());
    assertEquals(6, m.items().get(0).line());
  }

  @Test
  void versionedSqlEmbeddedByTheAppIsAnInAppMigrator() {
    MigrationSet m = only(Map.of("store/migrator.go", "package store\n\n//go:embed migration\nvar fs embed.FS\n",
        "store/migration/sqlite/0.10/00__a.sql", "ALTER TABLE memo ADD COLUMN x TEXT;\n",
        "store/migration/sqlite/0.11/00__b.sql", "CREATE TABLE tag (id int);\n"));
    assertEquals("embedded-sql", m.tool());
    assertEquals("store/migration", m.dir());
    assertEquals(2, m.count());
    assertEquals("sql", only(Map.of("db/migrations/001_init.sql", "CREATE TABLE a (id int);\n")).tool());
  }

  @Test
  void aMigrationsSourceFileWithDdlIsAnInAppMigrator() {
    MigrationSet m = only(Map.of("internal/database/migrations.go",
        "package database\nvar migrations = []func(tx *sql.Tx) error{\n  func(tx *sql.Tx) error { _, err := tx.Exec(`CREATE TABLE users (id int)`); return err },\n}\n"));
    assertEquals("in-app", m.tool());
    assertEquals(0, m.reversible());
  }

  @Test
  void migrateCommandsInProcessConfigsAreRuns() {
    List<RepoFacts.Located> runs = RepoFixture.scan(dir.resolve("runs"), Map.of(
        "docker/uwsgi.ini", "[uwsgi]\n; hook-pre-app = exec:./manage.py check\nhook-pre-app = exec:./manage.py migrate\n",
        "Procfile", "web: gunicorn app\n",
        ".github/workflows/ci.yml", "jobs:\n  t:\n    steps:\n      - run: python manage.py migrate\n")).migrationRuns();
    assertEquals(1, runs.size(), runs::toString);
    assertEquals("docker/uwsgi.ini", runs.get(0).file());
    assertEquals(3, runs.get(0).line());
  }
}
