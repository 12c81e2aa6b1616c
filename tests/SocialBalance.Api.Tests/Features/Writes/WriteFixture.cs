using Dapper;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Writes;

/// <summary>
/// An empty figure table and 20 extra housing areas (test-area-01 … test-area-20, linked to no organisation),
/// so a batch can hold 10,000 distinct figures: 15 indicators × 37 years × 20 areas.
/// </summary>
public sealed class WriteFixture<TDatabase> : ApiFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    public const int ExtraAreas = 20;

    public static string AreaCode(int i) => $"test-area-{i:00}";

    protected override async Task ArrangeAsync(DbConnectionFactory db)
    {
        await using var connection = await db.OpenAsync(CancellationToken.None);
        for (var i = 1; i <= ExtraAreas; i++)
        {
            await connection.ExecuteAsync(
                "INSERT INTO area (code, name_da, name_en, kind_code, parent_code, sort_order) VALUES (@Code, @Code, @Code, 'housing-area', 'gladsaxe', @Sort)",
                new { Code = AreaCode(i), Sort = 100 + i });
        }
    }
}
