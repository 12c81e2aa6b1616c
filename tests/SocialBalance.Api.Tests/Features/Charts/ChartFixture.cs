using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Charts;

/// <summary>
/// Figures to draw, small enough to count by hand: feel-safe (higher is better) in Gladsaxe 2019–2023 with 2022
/// missing, in Værebro Park 2020, 2021 and 2023, Høje Gladsaxe 2020 and 2023, Mørkhøj 2020 only; convicted (lower is
/// better) 2020 and 2023 everywhere; residents (neutral) in Gladsaxe and Værebro Park.
/// </summary>
public sealed class ChartFixture<TDatabase> : ApiFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    protected override Task ArrangeAsync(DbConnectionFactory db) =>
        Figures.InsertAsync(db,
        [
            new("feel-safe", "gladsaxe", 2019, 79), new("feel-safe", "gladsaxe", 2020, 80),
            new("feel-safe", "gladsaxe", 2021, 81), new("feel-safe", "gladsaxe", 2023, 82),
            new("feel-safe", "vaerebro-park", 2020, 60), new("feel-safe", "vaerebro-park", 2021, 64), new("feel-safe", "vaerebro-park", 2023, 70),
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
