using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Tests.Database;

/// <summary>The parity check can fail: a deliberately different T-SQL schema is reported, line by line.</summary>
public sealed class SchemaComparerTests(MigratedSqliteFile database) : IClassFixture<MigratedSqliteFile>
{
    [Fact]
    public void A_column_made_nullable_in_a_TSql_migration_is_reported()
    {
        var scripts = MigrationScripts.Read(DatabaseProvider.SqlServer)
            .Select(s => s.FileName == "0002_observations.sql" ? s with { Text = MakeValueNullable(s.Text) } : s);

        var differences = SchemaComparer.Differences(ReadSqlite(), TSqlSchemaReader.Read(scripts));

        Assert.Equal(["observation.value: NOT NULL in SQLite, nullable in SQL Server"], differences);
    }

    [Theory]
    [InlineData("ALTER TABLE area ALTER COLUMN note_da nvarchar(1000) NOT NULL;", "area.note_da: nullable in SQLite, NOT NULL in SQL Server")]
    [InlineData("ALTER TABLE area ALTER COLUMN name_en nvarchar(200);", "area.name_en: NOT NULL in SQLite, nullable in SQL Server")]
    [InlineData("ALTER TABLE area ALTER COLUMN sort_order float NOT NULL;", "area.sort_order: INTEGER (Integer) in SQLite, float (Real) in SQL Server")]
    [InlineData("ALTER TABLE area ADD extra int NULL;", "area.extra: column only in SQL Server")]
    [InlineData("ALTER TABLE area DROP COLUMN note_en;", "area.note_en: column only in SQLite")]
    [InlineData("CREATE TABLE extra (id int NOT NULL CONSTRAINT pk_extra PRIMARY KEY);", "extra: table only in SQL Server")]
    [InlineData("DROP TABLE official_list_entry;", "official_list_entry: table only in SQLite")]
    [InlineData(
        "ALTER TABLE organisation_area DROP CONSTRAINT pk_organisation_area; ALTER TABLE organisation_area ADD CONSTRAINT pk_organisation_area PRIMARY KEY (area_code, organisation_code);",
        "organisation_area: primary key (organisation_code, area_code) in SQLite, (area_code, organisation_code) in SQL Server")]
    [InlineData("ALTER TABLE observation DROP CONSTRAINT uq_observation;", "observation: unique constraint (indicator_code, area_code, year) only in SQLite")]
    [InlineData("ALTER TABLE area ADD CONSTRAINT uq_area_name UNIQUE (name_da);", "area: unique constraint (name_da) only in SQL Server")]
    [InlineData("ALTER TABLE theme DROP CONSTRAINT fk_theme_effect_goal;", "theme: foreign key (effect_goal_code) → effect_goal (code) only in SQLite")]
    [InlineData("DROP INDEX ix_area_parent ON area;", "area: index (parent_code) only in SQLite")]
    [InlineData("CREATE UNIQUE INDEX ux_area_name ON area (name_da);", "area: unique index (name_da) only in SQL Server")]
    public void A_further_TSql_change_is_reported(string change, string expected)
    {
        var scripts = MigrationScripts.Read(DatabaseProvider.SqlServer).Append(new SqlScript("9999_change.sql", change));

        var differences = SchemaComparer.Differences(ReadSqlite(), TSqlSchemaReader.Read(scripts));

        Assert.Equal([expected], differences);
    }

    [Fact]
    public void A_column_no_longer_numbered_by_the_database_is_reported()
    {
        var scripts = MigrationScripts.Read(DatabaseProvider.SqlServer)
            .Select(s => IsWriteSide(s.FileName) ? s : s with { Text = s.Text.Replace("IDENTITY(1, 1) ", "", StringComparison.Ordinal) });

        var differences = SchemaComparer.Differences(ReadSqlite(), TSqlSchemaReader.Read(scripts));

        Assert.Equal(
            [
                "indicator_target.id: numbered by the database in SQLite, not numbered by the database in SQL Server",
                "observation.id: numbered by the database in SQLite, not numbered by the database in SQL Server",
            ],
            differences);
    }

    [Fact]
    public void A_rename_is_refused_rather_than_missed()
    {
        var scripts = new[] { new SqlScript("rename.sql", "CREATE TABLE a (x int NOT NULL); EXEC sp_rename 'a.x', 'y', 'COLUMN';") };

        Assert.Throws<NotSupportedException>(() => TSqlSchemaReader.Read(scripts));
    }

    /// <summary>The write side's tables (0004–0009) number their ids too; this test is about the read side's.</summary>
    private static bool IsWriteSide(string fileName) =>
        string.CompareOrdinal(fileName, "0004") >= 0 && string.CompareOrdinal(fileName, "0010") < 0;

    private static string MakeValueNullable(string script)
    {
        const string notNull = "value           float           NOT NULL,";
        Assert.Contains(notNull, script);
        return script.Replace(notNull, "value           float           NULL,", StringComparison.Ordinal);
    }

    private DatabaseSchema ReadSqlite()
    {
        using var connection = database.Open();
        return SqliteSchemaReader.Read(connection);
    }
}
