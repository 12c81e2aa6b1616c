using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace SocialBalance.Api.Tests.Faults;

/// <summary>
/// The process dies (SIGKILL) while a 100,000-row import is running: after a restart on the same SQLite file
/// nothing of that import exists, and a retry with the same Idempotency-Key applies it exactly once.
/// </summary>
public sealed class KilledImportTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private const int Rows = 100_000;
    private const string IdempotencyKey = "killed-import-0001";

    private static readonly string[] Indicators =
    [
        "outside-work-education", "primary-school-only", "gross-income", "convicted", "feel-safe", "good-health", "voter-turnout",
        "association-members", "daycare-mix", "youth-leisure", "outside-visitors", "positive-image", "new-tenants-working", "non-western", "residents",
    ];

    // 15 indicators × 37 years (1990–2026) per area.
    private static readonly int AreaCount = (Rows + (Indicators.Length * 37) - 1) / (Indicators.Length * 37);

    private readonly string file = Path.Combine(Path.GetTempPath(), $"socialbalance-killed-{Guid.NewGuid():N}.db");
    private readonly string adminKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    // A claim older than this is taken over by a retry; short here, so the retry need not wait the default.
    private readonly Dictionary<string, string> settings = new() { ["Limits__IdempotencyClaimLease"] = "00:00:01" };

    [Fact]
    public async Task A_killed_import_leaves_nothing_and_its_retry_is_applied_exactly_once()
    {
        var csv = Encoding.UTF8.GetBytes(Csv());

        using (var service = await ServiceProcess.StartAsync(file, adminKey, settings))
        {
            using var client = service.CreateClient(adminKey, TimeSpan.FromMinutes(2));
            await CreateAreasAsync(client);

            var sizeBefore = new FileInfo(file).Length;
            var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var request = Batch(new SignallingContent(csv, sent));
            var inFlight = client.SendAsync(request);
            await sent.Task.WaitAsync(TimeSpan.FromMinutes(1));

            // The body is on the server: it is fingerprinting, parsing, checking, then writing 100,000 rows in one
            // transaction, which takes seconds. Kill it inside that transaction: once the uncommitted pages spill
            // into the file (it grows by 256 KB; the whole import adds megabytes, and the commit comes last), or
            // after 5 seconds at most, still in flight.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(5) && !inFlight.IsCompleted && new FileInfo(file).Length < sizeBefore + (256 * 1024))
            {
                await Task.Delay(5);
            }

            Assert.False(inFlight.IsCompleted, "The import answered before the kill; the test proves nothing.");
            var grown = new FileInfo(file).Length - sizeBefore;
            service.Kill();
            output.WriteLine($"Killed {clock.ElapsedMilliseconds} ms after the upload, the file {grown:N0} bytes larger (uncommitted pages).");

            await Assert.ThrowsAnyAsync<Exception>(() => inFlight);
        }

        using (var service = await ServiceProcess.StartAsync(file, adminKey, settings))
        {
            Assert.Equal((0L, 0L, 0L), await CountsAsync());

            using var client = service.CreateClient(adminKey, TimeSpan.FromMinutes(2));
            using var retry = await SendUntilNotBusyAsync(client, csv);
            var retryBody = await retry.Content.ReadAsStringAsync();
            Assert.True(retry.StatusCode == HttpStatusCode.OK, $"The retry answered {retry.StatusCode}: {retryBody}\n{service.Output}");
            var summary = JsonSerializer.Deserialize<JsonElement>(retryBody);
            Assert.Equal(Rows, summary.GetProperty("created").GetInt32());
            Assert.Equal(Rows, summary.GetProperty("received").GetInt32());
            Assert.False(retry.Headers.Contains("Idempotent-Replayed"));
            Assert.Equal(((long)Rows, 0L, 1L), await CountsAsync());

            using var replay = await client.SendAsync(Batch(new ByteArrayContent(csv)));

            Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
            Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
            Assert.Equal(retryBody, await replay.Content.ReadAsStringAsync());
            Assert.Equal(((long)Rows, 0L, 1L), await CountsAsync());
            await using var connection = Open();
            Assert.Equal(1L, await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM idempotency_record WHERE idempotency_key = @Key AND state = 'completed'", new { Key = IdempotencyKey }));
            Assert.Equal((long)Rows, await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM observation WHERE import_id = (SELECT MAX(id) FROM observation_import)"));
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
        {
            File.Delete(path);
        }
    }

    /// <summary>A retry right after the restart may find the dead request's claim still fresh (409, Retry-After): wait, at most a minute.</summary>
    private static async Task<HttpResponseMessage> SendUntilNotBusyAsync(HttpClient client, byte[] csv)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await client.SendAsync(Batch(new ByteArrayContent(csv)));
            if (response.StatusCode != HttpStatusCode.Conflict || attempt == 60)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(1000);
        }
    }

    private static HttpRequestMessage Batch(HttpContent content)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/observations/batch") { Content = content };
        request.Headers.Add("Idempotency-Key", IdempotencyKey);
        return request;
    }

    private async Task<(long Figures, long Revisions, long Imports)> CountsAsync()
    {
        await using var connection = Open();
        return (
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM observation"),
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM observation_revision"),
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM observation_import"));
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ConnectionString);
        connection.Open();
        return connection;
    }

    private static async Task CreateAreasAsync(HttpClient client)
    {
        for (var a = 0; a < AreaCount; a++)
        {
            using var created = await client.PostAsJsonAsync("/api/v1/admin/areas", new
            {
                code = Area(a),
                name = new { da = Area(a), en = Area(a) },
                kind = "housing-area",
                parent = "gladsaxe",
                sortOrder = 100,
            });
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        }
    }

    private static string Area(int i) => $"killed-area-{i:000}";

    private static string Csv()
    {
        var csv = new StringBuilder("indicator,area,year,value\r\n", Rows * 45);
        var n = 0;
        for (var a = 0; a < AreaCount && n < Rows; a++)
        {
            foreach (var indicator in Indicators)
            {
                for (var year = 1990; year <= 2026 && n < Rows; year++, n++)
                {
                    csv.Append(indicator).Append(',').Append(Area(a)).Append(',')
                        .Append(year.ToString(CultureInfo.InvariantCulture)).Append(',')
                        .Append((1 + (n % 99)).ToString(CultureInfo.InvariantCulture)).Append("\r\n");
                }
            }
        }

        return csv.ToString();
    }

    /// <summary>The body, with a signal once its last byte has been handed to the connection.</summary>
    private sealed class SignallingContent(byte[] bytes, TaskCompletionSource sent) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(bytes);
            await stream.FlushAsync();
            sent.TrySetResult();
        }

        protected override bool TryComputeLength(out long length)
        {
            length = bytes.Length;
            return true;
        }
    }
}
