using Dapper;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Tests.Infrastructure;

/// <summary>A figure a test arranges directly in the database, to read it back over HTTP.</summary>
public sealed record Figure(
    string Indicator,
    string Area,
    int Year,
    double Value,
    string Status = "illustrative",
    string? Source = "Test figure",
    string? Note = null,
    double? Numerator = null,
    double? Denominator = null);

public static class Figures
{
    public static readonly DateTimeOffset ArrangedAt = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    internal const string Insert = """
        INSERT INTO observation (indicator_code, area_code, year, value, numerator, denominator, status_code, source, note, updated_at)
        VALUES (@Indicator, @Area, @Year, @Value, @Numerator, @Denominator, @Status, @Source, @Note, @UpdatedAt)
        """;

    public static async Task InsertAsync(DbConnectionFactory db, IEnumerable<Figure> figures)
    {
        await using var connection = await db.OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var f in figures)
        {
            await connection.ExecuteAsync(Insert, new
            {
                f.Indicator,
                f.Area,
                f.Year,
                f.Value,
                f.Numerator,
                f.Denominator,
                f.Status,
                f.Source,
                f.Note,
                UpdatedAt = ArrangedAt,
            }, transaction);
        }

        await transaction.CommitAsync();
    }
}
