using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Retractions;

/// <summary>
/// Few enough figures to work every derived number out by hand. Safety in Gladsaxe (the reference) and Værebro
/// Park, 2020 and 2023: feeling safe 80 → 84 and 60 → 66 (higher is better), convicted 2.0 → 1.8 and 3.0 → 2.7
/// (lower is better). Mørkhøj's list inputs for the list of 2022 (data years 2020–2021): 2,000 residents, 20 %
/// non-Western, outside work and education 45 % both years (&gt; 40), convicted 2.00 both years against a national
/// 0.50 (≥ 3 × 0.50 = 1.5), primary school only 50 % (not &gt; 60), income 300,000 against a regional 400,000 (not
/// &lt; 0.55 × 400,000 = 220,000): two criteria at the higher thresholds, so a vulnerable area.
/// The tests post figures and retract them; each leaves the figures as it found them.
/// </summary>
public sealed class RetractionFixture<TDatabase> : ApiFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    protected override Task ArrangeAsync(DbConnectionFactory db) =>
        Figures.InsertAsync(db,
        [
            new("feel-safe", "gladsaxe", 2020, 80), new("feel-safe", "gladsaxe", 2023, 84),
            new("feel-safe", "vaerebro-park", 2020, 60), new("feel-safe", "vaerebro-park", 2023, 66),
            new("convicted", "gladsaxe", 2020, 2.0), new("convicted", "gladsaxe", 2023, 1.8),
            new("convicted", "vaerebro-park", 2020, 3.0), new("convicted", "vaerebro-park", 2023, 2.7),
            new("residents", "moerkhoej", 2021, 2000), new("non-western", "moerkhoej", 2021, 20),
            new("outside-work-education", "moerkhoej", 2020, 45), new("outside-work-education", "moerkhoej", 2021, 45),
            new("convicted", "moerkhoej", 2020, 2.0), new("convicted", "moerkhoej", 2021, 2.0),
            new("convicted", "denmark", 2020, 0.5), new("convicted", "denmark", 2021, 0.5),
            new("primary-school-only", "moerkhoej", 2021, 50),
            new("gross-income", "moerkhoej", 2021, 300000), new("gross-income", "region-hovedstaden", 2021, 400000),
        ]);
}
