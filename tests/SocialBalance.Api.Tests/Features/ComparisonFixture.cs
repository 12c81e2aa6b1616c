using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features;

/// <summary>
/// Gaps to Gladsaxe, 2020 → 2023, small enough to check by hand (every expected value is worked out beside its
/// assertion): feel-safe and convicted (the safety theme), residents (neutral), and Mørkhøj without feel-safe 2023.
/// </summary>
public sealed class ComparisonFixture<TDatabase> : ApiFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    protected override Task ArrangeAsync(DbConnectionFactory db) =>
        Figures.InsertAsync(db,
        [
            new("feel-safe", "gladsaxe", 2020, 80), new("feel-safe", "gladsaxe", 2023, 82),
            new("feel-safe", "vaerebro-park", 2020, 60), new("feel-safe", "vaerebro-park", 2023, 70),
            new("feel-safe", "hoeje-gladsaxe", 2020, 70), new("feel-safe", "hoeje-gladsaxe", 2023, 68),
            new("feel-safe", "moerkhoej", 2020, 65),
            new("convicted", "gladsaxe", 2020, 1.0), new("convicted", "gladsaxe", 2023, 0.8),
            new("convicted", "vaerebro-park", 2020, 2.5), new("convicted", "vaerebro-park", 2023, 1.9),
            new("convicted", "hoeje-gladsaxe", 2020, 2.0), new("convicted", "hoeje-gladsaxe", 2023, 1.5),
            new("convicted", "moerkhoej", 2020, 1.8), new("convicted", "moerkhoej", 2023, 1.2),
            new("residents", "gladsaxe", 2020, 69000), new("residents", "gladsaxe", 2023, 68000),
            new("residents", "vaerebro-park", 2020, 2800), new("residents", "vaerebro-park", 2023, 2900),
        ]);
}
