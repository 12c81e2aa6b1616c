using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using SocialBalance.Client.Models;

namespace SocialBalance.Client.Tests;

/// <summary>
/// The README's "who wrote what" through the Kiota client: a batch posted once and safely retried with its
/// Idempotency-Key, the import it made, and a retraction that the history keeps.
/// </summary>
public sealed class FigureHistoryJourneyTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    private readonly SocialBalanceClient reader = fixture.Client();

    // A year before the demo series of the indicator, so the figure is GaB's to write and to retract.
    private static readonly ObservationInput Figure = new() { Indicator = "new-tenants-working", Area = "vaerebro-park", Year = 2012, Value = 61.5 };

    [Fact]
    public async Task A_batch_retried_with_its_Idempotency_Key_is_answered_again_without_a_second_write()
    {
        var (gab, _) = await fixture.NewKeyAsync("gab", "GaB retrying export");
        const string idempotencyKey = "\"6f1c2e9a-3d4b-4c8e-9f7a-1b2c3d4e5f60\"";

        var first = await gab.Api.V1.Observations.Batch.PostAsync([Figure], c => c.Headers.Add("Idempotency-Key", idempotencyKey));
        var replayHeaders = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
        var again = await gab.Api.V1.Observations.Batch.PostAsync([Figure], c =>
        {
            c.Headers.Add("Idempotency-Key", idempotencyKey);
            c.Options.Add(replayHeaders);
        });

        Assert.Equal(1, first?.Created);
        Assert.Equal(first?.ImportId, again?.ImportId);
        Assert.Equal(1, again?.Created);
        Assert.Equal(["true"], replayHeaders.ResponseHeaders["Idempotent-Replayed"]);
        Assert.Single((await HistoryAsync())!.Revisions!);

        var import = await gab.Api.V1.Imports[first!.ImportId!.Value].GetAsync();
        Assert.Equal("gab", import?.Organisation);
        Assert.Equal((1, 1, 0, 0), (import?.Received, import?.Created, import?.Updated, import?.Unchanged));
        var imports = await gab.Api.V1.Imports.GetAsync();
        Assert.Contains(imports!.Items!, i => i.Id == import!.Id);
        Assert.All(imports.Items!, i => Assert.Equal("gab", i.Organisation));

        // Retracted, the figure leaves the list of figures and its history keeps both revisions.
        await gab.Api.V1.Observations.DeleteAsync(c =>
        {
            c.QueryParameters.Indicator = Figure.Indicator;
            c.QueryParameters.Area = Figure.Area;
            c.QueryParameters.Year = Figure.Year;
        });

        var history = await HistoryAsync();
        Assert.Equal([false, true], history!.Revisions!.OrderBy(r => r.Revision).Select(r => r.Retracted!.Value));
        Assert.All(history.Revisions!, r => Assert.Equal("gab", r.Organisation));
        var listed = await reader.Api.V1.Observations.GetAsync(c =>
        {
            c.QueryParameters.Indicator = Figure.Indicator;
            c.QueryParameters.Area = Figure.Area;
            c.QueryParameters.To = Figure.Year;
        });
        Assert.Equal(0, listed?.TotalCount);
    }

    private Task<ObservationHistoryResponse?> HistoryAsync() => reader.Api.V1.Observations.History.GetAsync(c =>
    {
        c.QueryParameters.Indicator = Figure.Indicator;
        c.QueryParameters.Area = Figure.Area;
        c.QueryParameters.Year = Figure.Year;
    });
}
