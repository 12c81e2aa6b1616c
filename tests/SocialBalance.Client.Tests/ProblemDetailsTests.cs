using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using SocialBalance.Client.Models;

namespace SocialBalance.Client.Tests;

/// <summary>
/// Refusals reach a Kiota caller as typed problem details (RFC 9457): the exception is the problem, with its status,
/// title and the fields or rows at fault. The 412 of a stale ETag is in <see cref="WriteJourneyTests"/>.
/// </summary>
public sealed class ProblemDetailsTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    private readonly SocialBalanceClient reader = fixture.Client();

    [Fact]
    public async Task A_bad_filter_is_a_400_naming_the_parameter()
    {
        var problem = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() => reader.Api.V1.Observations.GetAsync(c =>
        {
            c.QueryParameters.From = 2021;
            c.QueryParameters.To = 2019;
        }));

        Assert.Equal(400, problem.ResponseStatusCode);
        Assert.Equal(400, problem.Status);
        Assert.Equal("The request is not valid.", problem.Title);
        var error = Assert.Single(ProblemContent.Errors(problem));
        Assert.Equal("to", error.Key);
        Assert.Equal(["'to' (2019) must not be before 'from' (2021)."], error.Value);
    }

    [Fact]
    public async Task An_unknown_area_is_a_404()
    {
        var problem = await Assert.ThrowsAsync<ProblemDetails>(() => reader.Api.V1.Areas["no-such-area"].GetAsync());

        Assert.Equal(404, problem.ResponseStatusCode);
        Assert.Equal(404, problem.Status);
        Assert.False(string.IsNullOrEmpty(problem.Title));
        Assert.StartsWith("https://", problem.Type);
    }

    [Fact]
    public async Task A_batch_with_bad_rows_is_a_422_listing_each_row_and_writes_nothing()
    {
        var admin = fixture.Admin();
        List<ObservationInput> batch =
        [
            new() { Indicator = "feel-safe", Area = "moerkhoej", Year = 2013, Value = 80 },
            new() { Indicator = "feel-safe", Area = "moerkhoej", Year = 2014, Value = 180 },
            new() { Indicator = "no-such-indicator", Area = "moerkhoej", Year = 2014, Value = 50 },
        ];

        var problem = await Assert.ThrowsAsync<RowsProblemDetails>(() => admin.Api.V1.Observations.Batch.PostAsync(batch));

        Assert.Equal(422, problem.ResponseStatusCode);
        Assert.Equal(422, problem.Status);
        Assert.Equal("Some rows are not valid.", problem.Title);
        var rows = problem.Rows!;
        Assert.Equal([(2, "value"), (3, "indicator")], rows.Select(r => (r.Row!.Value, r.Field)));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        var written = await reader.Api.V1.Observations.GetAsync(c =>
        {
            c.QueryParameters.Area = "moerkhoej";
            c.QueryParameters.To = 2014;
        });
        Assert.Equal(0, written?.TotalCount);
    }

    [Fact]
    public async Task A_CSV_batch_with_a_bad_row_is_the_same_typed_422_as_a_JSON_batch()
    {
        // The CSV upload's error mapping is written by hand beside the generated JSON one: they must not drift apart.
        var admin = fixture.Admin();
        var json = await Assert.ThrowsAsync<RowsProblemDetails>(() => admin.Api.V1.Observations.Batch.PostAsync(
            [new ObservationInput { Indicator = "feel-safe", Area = "moerkhoej", Year = 2014, Value = 180 }]));
        using var csv = new MemoryStream("indicator,area,year,value\nfeel-safe,moerkhoej,2014,180\n"u8.ToArray());
        var fromCsv = await Assert.ThrowsAsync<RowsProblemDetails>(() => admin.Api.V1.Observations.Batch.PostCsvAsync(csv));

        Assert.Equal(422, fromCsv.ResponseStatusCode);
        // The JSON batch counts rows by array position, the CSV batch by line (the header is line 1).
        var jsonRow = Assert.Single(json.Rows!);
        var csvRow = Assert.Single(fromCsv.Rows!);
        Assert.Equal((1, "value"), (jsonRow.Row, jsonRow.Field));
        Assert.Equal((2, "value"), (csvRow.Row, csvRow.Field));
        Assert.Equal(jsonRow.Reason, csvRow.Reason);
    }
}

/// <summary>The 429 of the read limit, as typed problem details with the seconds to wait.</summary>
public sealed class RateLimitProblemTests(ThrottledClientFixture fixture) : IClassFixture<ThrottledClientFixture>
{
    [Fact]
    public async Task Reads_beyond_the_limit_are_a_429_with_Retry_After()
    {
        var reader = fixture.Client();
        for (var i = 0; i < ThrottledClientFixture.ReadsPerMinute; i++)
        {
            Assert.NotEmpty((await reader.Api.V1.Areas.GetAsync())!);
        }

        // Kiota's retry handler would wait out Retry-After and try again; this read asks it not to, so the refusal
        // itself reaches the caller.
        var problem = await Assert.ThrowsAsync<ProblemDetails>(() =>
            reader.Api.V1.Areas.GetAsync(c => c.Options.Add(new RetryHandlerOption { MaxRetry = 0 })));

        Assert.Equal(429, problem.ResponseStatusCode);
        Assert.Equal(429, problem.Status);
        Assert.Equal("Too many requests.", problem.Title);
        var retryAfter = int.Parse(problem.ResponseHeaders["Retry-After"].Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal($"Wait {retryAfter} seconds before the next request.", problem.Detail);
    }
}
