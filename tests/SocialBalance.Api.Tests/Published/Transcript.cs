using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace SocialBalance.Api.Tests.Published;

/// <summary>The answers of one scenario on one instance, in the order sent.</summary>
public sealed class Transcript(string name)
{
    private readonly List<Answer> answers = [];

    public string Name { get; } = name;

    public IReadOnlyList<Answer> Answers => answers;

    /// <summary>The answer to the request described as <paramref name="request"/>.</summary>
    public Answer this[string request] => answers.Single(a => a.Request == request);

    /// <summary>Answers whose status was not the one the scenario expects.</summary>
    public IEnumerable<Answer> Unexpected => answers.Where(a => a.Status != a.Expected);

    /// <summary>Sends <paramref name="message"/>, records the answer under its method and URL (plus <paramref name="label"/>), and returns it.</summary>
    public async Task<Answer> SendAsync(HttpClient client, HttpRequestMessage message, HttpStatusCode expected, string? label = null, params string[] masked)
    {
        var request = $"{message.Method} {message.RequestUri}" + (label is null ? "" : $" ({label})");
        Assert.DoesNotContain(answers, a => a.Request == request);
        using var response = await client.SendAsync(message);
        var answer = new Answer(
            request,
            expected,
            response.StatusCode,
            response.Content.Headers.ContentType?.ToString(),
            response.Headers.Location?.ToString(),
            response.Headers.ETag?.ToString(),
            response.Headers.TryGetValues("Idempotent-Replayed", out var replayed) ? string.Join(",", replayed) : null,
            await response.Content.ReadAsStringAsync(),
            new HashSet<string>(masked, StringComparer.Ordinal));
        answers.Add(answer);
        return answer;
    }

    public Task<Answer> GetAsync(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK, string? accept = null)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            message.Headers.Accept.ParseAdd(accept);
        }

        return SendAsync(client, message, expected, accept);
    }

    public Task<Answer> PostJsonAsync(HttpClient client, string url, object body, HttpStatusCode expected, string label, params string[] masked) =>
        SendAsync(client, new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) }, expected, label, masked);

    public Task<Answer> PostCsvAsync(HttpClient client, string url, string csv, string? idempotencyKey, HttpStatusCode expected, string label)
    {
        var content = new StringContent(csv, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        var message = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        if (idempotencyKey is not null)
        {
            message.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return SendAsync(client, message, expected, label);
    }

    public Task<Answer> DeleteAsync(HttpClient client, string url, HttpStatusCode expected, string label) =>
        SendAsync(client, new HttpRequestMessage(HttpMethod.Delete, url), expected, label);

    /// <summary>Every answer of <paramref name="other"/> that differs from this transcript's answer to the same request, readably.</summary>
    public IReadOnlyList<string> DifferencesFrom(Transcript other)
    {
        Assert.Equal(answers.Select(a => a.Request), other.answers.Select(a => a.Request));
        var report = new List<string>();
        foreach (var (mine, theirs) in answers.Zip(other.answers))
        {
            var differences = JsonDiff.Differences(mine.Comparable(), theirs.Comparable(), Name, other.Name);
            if (differences.Count > 0)
            {
                report.Add($"{mine.Request}\n    " + string.Join("\n    ", differences));
            }
        }

        return report;
    }

    public static JsonNode Body(Answer answer) =>
        answer.Json ?? throw new Xunit.Sdk.XunitException($"{answer.Request} answered {(int)answer.Status} without a JSON body: {answer.Text}");
}
