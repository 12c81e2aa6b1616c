using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Infrastructure.Database.DemoData;

namespace SocialBalance.Api.Features.Targets;

/// <summary>
/// A few illustrative targets, loaded with the demo figures so that the progress endpoints have something to
/// show. They are labelled as demo targets: the City Council has adopted no such numbers.
/// </summary>
public sealed class DemoTargets : IDemoDataSeed
{
    private const string NoteDa = "Illustrativt demo-mål, ikke vedtaget af Byrådet.";
    private const string NoteEn = "Illustrative demo target, not adopted by the City Council.";

    public static IReadOnlyList<NewTarget> Targets { get; } =
    [
        new("outside-work-education", "vaerebro-park", 2020, 2030, TargetKind.Gap, null, 0.5, "gladsaxe",
            "Halvér afstanden til Gladsaxe Kommune. " + NoteDa, "Halve the gap to Gladsaxe Municipality. " + NoteEn),
        new("outside-work-education", "hoeje-gladsaxe", 2020, 2030, TargetKind.Gap, null, 0.5, "gladsaxe",
            "Halvér afstanden til Gladsaxe Kommune. " + NoteDa, "Halve the gap to Gladsaxe Municipality. " + NoteEn),
        new("feel-safe", "hoeje-gladsaxe", 2020, 2030, TargetKind.Value, 85, null, null, NoteDa, NoteEn),
        new("gross-income", "moerkhoej", 2020, 2030, TargetKind.Gap, null, 0.5, "gladsaxe",
            "Halvér afstanden til Gladsaxe Kommune. " + NoteDa, "Halve the gap to Gladsaxe Municipality. " + NoteEn),
    ];

    public string What => "illustrative demo targets";

    /// <summary>Inserts the demo targets into an empty target table; returns how many were inserted.</summary>
    public async Task<int> SeedAsync(DbConnectionFactory factory, TimeProvider clock, CancellationToken ct)
    {
        var queries = new TargetQueries(factory);
        if (await queries.CountAsync(ct) > 0)
        {
            return 0;
        }

        await queries.InsertAsync(Targets, clock.GetUtcNow(), ct);
        return Targets.Count;
    }
}
