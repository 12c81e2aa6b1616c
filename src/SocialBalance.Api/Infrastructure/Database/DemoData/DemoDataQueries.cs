namespace SocialBalance.Api.Infrastructure.Database.DemoData;

/// <summary>The SQL of the demo loader: portable, the same text on SQLite and SQL Server.</summary>
public sealed class DemoDataQueries : ISqlStatementSource
{
    public const string CountObservations = "SELECT COUNT(*) FROM observation";

    public const string IndicatorFormats = "SELECT code, decimals, min_value, max_value FROM indicator";

    // numerator and denominator stay NULL: there are no counts behind illustrative shares.
    public const string InsertObservation = """
        INSERT INTO observation (indicator_code, area_code, year, value, status_code, source, note, updated_at)
        VALUES (@IndicatorCode, @AreaCode, @Year, @Value, @StatusCode, @Source, @Note, @UpdatedAt)
        """;

    public static IEnumerable<string> Statements(SqlDialect dialect) =>
        [CountObservations, IndicatorFormats, InsertObservation];
}
