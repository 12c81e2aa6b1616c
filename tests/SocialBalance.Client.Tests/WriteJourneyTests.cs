using System.Text;
using SocialBalance.Client.Models;

namespace SocialBalance.Client.Tests;

/// <summary>
/// The README's writing journeys through the Kiota client: an admin makes a reporter key, the reporter posts a figure
/// and a CSV batch, the history shows who wrote what, and an admin changes a target only with the ETag it read.
/// Every write is read back through the API.
/// </summary>
public sealed class WriteJourneyTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    private readonly SocialBalanceClient admin = fixture.Admin();
    private readonly SocialBalanceClient reader = fixture.Client();

    /// <summary>A reporter key for GaB, made by the admin, as the README's first write.</summary>
    private async Task<SocialBalanceClient> GabReporterAsync()
    {
        var (gab, created) = await fixture.NewKeyAsync("gab", "GaB nightly export");

        Assert.StartsWith("sbk_", created.Key);
        Assert.Equal("gab", created.Details?.Organisation);
        Assert.Equal(ApiKeyRole.Reporter, created.Details?.Role);
        Assert.Null(created.Details?.RevokedAt);
        var listed = await admin.Api.V1.Admin.ApiKeys[created.Details!.Id!.Value].GetAsync();
        Assert.Equal("GaB nightly export", listed?.Name);
        return gab;
    }

    [Fact]
    public async Task A_reporter_key_made_by_the_admin_posts_a_figure_that_the_history_shows()
    {
        var gab = await GabReporterAsync();

        var summary = await gab.Api.V1.Observations.PostAsync(new ObservationInput
        {
            Indicator = "new-tenants-working",
            Area = "vaerebro-park",
            Year = 2026,
            Value = 58.5,
            Numerator = 117,
            Denominator = 200,
        });

        Assert.Equal(1, summary?.Created);
        Assert.False(summary?.DryRun);
        var history = await reader.Api.V1.Observations.History.GetAsync(c =>
        {
            c.QueryParameters.Indicator = "new-tenants-working";
            c.QueryParameters.Area = "vaerebro-park";
            c.QueryParameters.Year = 2026;
        });
        var revision = Assert.Single(history!.Revisions!);
        Assert.Equal(58.5, revision.Value);
        Assert.Equal(117, revision.Numerator);
        Assert.Equal(200, revision.Denominator);
        Assert.Equal("gab", revision.Organisation);
        Assert.Equal(ObservationStatus.Reported, revision.Status);
        Assert.False(revision.Retracted);
    }

    [Fact]
    public async Task A_reporter_checks_a_CSV_batch_with_a_dry_run_then_posts_it()
    {
        // GaB also reports the safety survey it runs in Værebro Park (the README's grant).
        await admin.Api.V1.Admin.Organisations["gab"].Indicators["feel-safe"].PutAsync();
        var gab = await GabReporterAsync();
        // Years before the demo series start, so the figures are GaB's to write.
        const string csv = "indicator,area,year,value,numerator,denominator,note\r\n"
            + "new-tenants-working,vaerebro-park,2013,50.5,,,\r\n"
            + "feel-safe,vaerebro-park,2014,70.1,701,1000,\"Survey, autumn\"\r\n";

        var dryRun = await gab.Api.V1.Observations.Batch.PostCsvAsync(Csv(csv), c => c.QueryParameters.DryRun = true);

        Assert.True(dryRun?.DryRun);
        Assert.Equal(2, dryRun?.Received);
        Assert.Equal(2, dryRun?.Created);
        Assert.Null(dryRun?.ImportId);
        Assert.Empty(await VaerebroParkFiguresBefore2015Async());

        var posted = await gab.Api.V1.Observations.Batch.PostCsvAsync(Csv(csv));

        Assert.False(posted?.DryRun);
        Assert.Equal(2, posted?.Created);
        Assert.NotNull(posted?.ImportId);
        var figures = await VaerebroParkFiguresBefore2015Async();
        Assert.Equal(
            [("feel-safe", 2014, 70.1, "Survey, autumn"), ("new-tenants-working", 2013, 50.5, (string?)null)],
            figures.Select(f => (f.Indicator!, f.Year!.Value, f.Value!.Value, f.Note)).Order());
        Assert.All(figures, f => Assert.Equal(ObservationStatus.Reported, f.Status));
    }

    private async Task<List<ObservationResponse>> VaerebroParkFiguresBefore2015Async()
    {
        var page = await reader.Api.V1.Observations.GetAsync(c =>
        {
            c.QueryParameters.Indicator = "new-tenants-working,feel-safe";
            c.QueryParameters.Area = "vaerebro-park";
            c.QueryParameters.To = 2014;
        });
        return page!.Items!;
    }

    [Fact]
    public async Task An_admin_updates_a_target_only_with_the_ETag_of_its_last_read()
    {
        // The demo figures come with a 2030 target for this area: this is a nearer milestone, halving the gap.
        var created = await CreateTargetAsync("outside-work-education", "hoeje-gladsaxe", 2028, TargetKind.Gap, remainingShare: 0.5);
        var target = admin.Api.V1.Admin.Targets[created.Id!.Value];
        var read = new ETagCapture();
        var record = await target.GetAsync(read.Capture);
        var firstETag = read.Value;

        var updated = await target.PutAsync(Change(record!, remainingShare: 0.4), c => c.IfMatch(firstETag));

        Assert.Equal(0.4, updated?.RemainingShare);
        Assert.Equal(record!.Version + 1, updated?.Version);

        // The first ETag is stale now: a second change made with it is refused and changes nothing.
        var stale = await Assert.ThrowsAsync<ProblemDetails>(() => target.PutAsync(Change(record, remainingShare: 0.3), c => c.IfMatch(firstETag)));
        Assert.Equal(412, stale.ResponseStatusCode);
        Assert.Equal(412, stale.Status);
        Assert.False(string.IsNullOrEmpty(stale.Title));
        Assert.Equal(0.4, (await reader.Api.V1.Targets[created.Id.Value].GetAsync())?.RemainingShare);

        // Read again, and the fresh ETag lets the change through.
        var fresh = await target.GetAsync(read.Capture);
        Assert.NotEqual(firstETag, read.Value);
        var second = await target.PutAsync(Change(fresh!, remainingShare: 0.3), c => c.IfMatch(read.Value));
        Assert.Equal(0.3, second?.RemainingShare);
        Assert.Equal(0.3, (await reader.Api.V1.Targets[created.Id.Value].GetAsync())?.RemainingShare);
    }

    [Fact]
    public async Task An_admin_update_without_If_Match_is_refused_with_428()
    {
        var created = await CreateTargetAsync("feel-safe", "vaerebro-park", 2030, TargetKind.Value, targetValue: 85);

        var refused = await Assert.ThrowsAsync<ProblemDetails>(() =>
            admin.Api.V1.Admin.Targets[created.Id!.Value].PutAsync(Change(created, targetValue: 90)));

        Assert.Equal(428, refused.Status);
        Assert.Equal(85, (await reader.Api.V1.Targets[created.Id!.Value].GetAsync())?.TargetValue);
    }

    /// <summary>A target from 2020, made by the admin.</summary>
    private async Task<TargetRecord> CreateTargetAsync(string indicator, string area, int targetYear, TargetKind kind,
        double? targetValue = null, double? remainingShare = null)
    {
        var created = await admin.Api.V1.Admin.Targets.PostAsync(new TargetRequest
        {
            Indicator = indicator,
            Area = area,
            BaselineYear = 2020,
            TargetYear = targetYear,
            Kind = kind,
            TargetValue = targetValue,
            RemainingShare = remainingShare,
        });
        Assert.Equal(1, created?.Version);
        return created!;
    }

    /// <summary>The target as read, with one number changed: an update sends the whole content.</summary>
    private static TargetRequest Change(TargetRecord record, double? remainingShare = null, double? targetValue = null) => new()
    {
        Indicator = record.Indicator,
        Area = record.Area,
        BaselineYear = record.BaselineYear,
        TargetYear = record.TargetYear,
        Kind = record.Kind,
        TargetValue = targetValue ?? record.TargetValue,
        RemainingShare = remainingShare ?? record.RemainingShare,
        ReferenceArea = record.ReferenceArea,
        Note = record.Note is { } note ? new LocalizedTextMax1000 { Da = note.Da, En = note.En } : null,
    };

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));
}
