using SocialBalance.Api.Features.Observations.Writes;

namespace SocialBalance.Api.Tests.Features.Writes;

/// <summary>The write plan on its own: what a write does with each checked observation, decided without a database.</summary>
public sealed class ObservationWritePlanTests
{
    private static readonly Caller Gab = new("gab", 7, IsAdmin: false);
    private static readonly Caller Admin = new("gladsaxe-kommune", 1, IsAdmin: true);

    private static CheckedObservation Posted(int row, string area, int year, double value, string indicator = "feel-safe") =>
        new(row, indicator, area, year, value, null, null, null);

    private static StoredObservation Stored(string area, int year, double value, string? organisation = "gab", bool retracted = false) => new()
    {
        Id = year,
        IndicatorCode = "feel-safe",
        AreaCode = area,
        Year = year,
        Value = value,
        StatusCode = "reported",
        Revision = 3,
        OrganisationCode = organisation,
        RetractedAt = retracted ? DateTimeOffset.UnixEpoch : null,
    };

    private static ObservationWritePlan Plan(Caller caller, ImportMode mode, CheckedObservation[] posted, params StoredObservation[] stored) =>
        ObservationWritePlan.Make(posted, stored.ToDictionary(s => (s.IndicatorCode, s.AreaCode, s.Year)), caller, mode);

    [Fact]
    public void New_changed_same_and_retracted_observations_are_created_updated_left_unchanged_and_created_again()
    {
        var plan = Plan(Gab, ImportMode.Upsert,
            [Posted(2, "vaerebro-park", 2021, 50), Posted(3, "vaerebro-park", 2022, 51), Posted(4, "vaerebro-park", 2023, 52), Posted(5, "vaerebro-park", 2024, 53)],
            Stored("vaerebro-park", 2022, 40), Stored("vaerebro-park", 2023, 52), Stored("vaerebro-park", 2024, 53, retracted: true));

        Assert.Equal((4, 2, 1, 1), (plan.Received, plan.Created, plan.Updated, plan.Unchanged));
        Assert.Equal([(2, null), (3, 3), (5, 3)], plan.Writes.Select(w => (w.Observation.Row, w.Current?.Revision)));
        Assert.Empty(plan.NotOwn);
        Assert.Empty(plan.Conflicts);
        Assert.Equal(new ImportSummary(null, true, 4, 2, 1, 1), plan.Summary(null, dryRun: true));
    }

    [Fact]
    public void Create_only_refuses_an_observation_that_stands_naming_its_year_and_not_one_that_was_retracted()
    {
        var plan = Plan(Gab, ImportMode.CreateOnly,
            [Posted(2, "vaerebro-park", 2022, 41), Posted(3, "vaerebro-park", 2024, 53), Posted(4, "vaerebro-park", 2023, 52)],
            Stored("vaerebro-park", 2022, 40), Stored("vaerebro-park", 2024, 53, retracted: true), Stored("vaerebro-park", 2023, 52));

        var conflict = Assert.Single(plan.Conflicts);
        Assert.Equal((2, "year"), (conflict.Row, conflict.Field));
        Assert.Contains("(feel-safe, vaerebro-park, 2022) already exists", conflict.Reason);
        Assert.Equal([3], plan.Writes.Select(w => w.Observation.Row));
        Assert.Equal(1, plan.Unchanged);
    }

    [Fact]
    public void A_reporter_may_not_change_another_organisations_observation_nor_one_loaded_from_its_source_even_unchanged()
    {
        var plan = Plan(Gab, ImportMode.Upsert,
            [Posted(2, "vaerebro-park", 2022, 40), Posted(3, "vaerebro-park", 2023, 99), Posted(4, "vaerebro-park", 2021, 10)],
            Stored("vaerebro-park", 2022, 40, organisation: "fsb"), Stored("vaerebro-park", 2023, 52, organisation: null),
            Stored("vaerebro-park", 2021, 9, organisation: "fsb", retracted: true));

        Assert.Equal([(2, "year"), (3, "year")], plan.NotOwn.Select(e => (e.Row, e.Field)));
        Assert.Contains("was last written by 'fsb'", plan.NotOwn[0].Reason);
        Assert.Contains("was loaded from its source (reported)", plan.NotOwn[1].Reason);
        Assert.Equal([4], plan.Writes.Select(w => w.Observation.Row));
    }

    [Fact]
    public void An_admin_may_change_any_observation()
    {
        var plan = Plan(Admin, ImportMode.Upsert,
            [Posted(2, "vaerebro-park", 2022, 41), Posted(3, "vaerebro-park", 2023, 99)],
            Stored("vaerebro-park", 2022, 40, organisation: "fsb"), Stored("vaerebro-park", 2023, 52, organisation: null));

        Assert.Empty(plan.NotOwn);
        Assert.Equal(2, plan.Updated);
    }

    [Fact]
    public void Writes_come_in_lock_order_area_indicator_year_whatever_the_order_posted()
    {
        var plan = Plan(Admin, ImportMode.Upsert,
        [
            Posted(2, "vaerebro-park", 2020, 1), Posted(3, "gladsaxe", 2021, 1, indicator: "good-health"),
            Posted(4, "gladsaxe", 2020, 1, indicator: "good-health"), Posted(5, "gladsaxe", 2022, 1, indicator: "feel-safe"),
        ]);

        Assert.Equal([5, 4, 3, 2], plan.Writes.Select(w => w.Observation.Row));
    }
}
