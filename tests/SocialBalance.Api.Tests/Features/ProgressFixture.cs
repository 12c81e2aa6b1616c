using SocialBalance.Api.Features.Targets;
using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features;

/// <summary>
/// Series for the Open SDG progress measure, each built for one case: a moderate and a deteriorating series,
/// a zero base value, opposite signs, one data point, and three targets (value, achieved value, gap).
/// </summary>
public sealed class ProgressFixture<TDatabase> : ApiFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    /// <summary>Ids in insertion order on a fresh database.</summary>
    public const int ConvictedTarget = 1, AchievedTarget = 2, GapTarget = 3;

    protected override async Task ArrangeAsync(DbConnectionFactory db)
    {
        await Figures.InsertAsync(db,
        [
            new("good-health", "vaerebro-park", 2020, 50), new("good-health", "vaerebro-park", 2022, 51),
            new("good-health", "hoeje-gladsaxe", 2020, 60), new("good-health", "hoeje-gladsaxe", 2022, 57),
            new("youth-leisure", "hoeje-gladsaxe", 2020, 0), new("youth-leisure", "hoeje-gladsaxe", 2022, 10),
            new("gross-income", "moerkhoej", 2020, -100), new("gross-income", "moerkhoej", 2022, 200),
            new("association-members", "vaerebro-park", 2021, 40),
            new("convicted", "vaerebro-park", 2020, 2.0), new("convicted", "vaerebro-park", 2023, 1.6),
            new("feel-safe", "hoeje-gladsaxe", 2020, 70), new("feel-safe", "hoeje-gladsaxe", 2023, 86),
            new("outside-work-education", "gladsaxe", 2020, 10), new("outside-work-education", "gladsaxe", 2023, 9),
            new("outside-work-education", "vaerebro-park", 2020, 30), new("outside-work-education", "vaerebro-park", 2023, 28),
        ]);
        await new TargetQueries(db).InsertAsync(
        [
            new("convicted", "vaerebro-park", 2020, 2030, TargetKind.Value, 1.0, null, null, null, null),
            new("feel-safe", "hoeje-gladsaxe", 2020, 2030, TargetKind.Value, 85, null, null, "Mål", "Target"),
            new("outside-work-education", "vaerebro-park", 2020, 2030, TargetKind.Gap, null, 0.5, "gladsaxe", null, null),
            new("outside-work-education", "moerkhoej", 2020, 2030, TargetKind.Gap, null, 0.5, "gladsaxe", null, null),
        ], Figures.ArrangedAt, CancellationToken.None);
    }
}
