using Microsoft.Playwright;

namespace SocialBalance.Browser.Tests.Infrastructure;

/// <summary>
/// A browser page that records every console error, script error, failed request, error answer and content security
/// policy violation in any document it shows (the page and the images it loads), so a test can require there were none.
/// </summary>
public sealed class WatchedPage : IAsyncDisposable
{
    /// <summary>Added to every document before its own content: the page has no script, and the listener is the test's.</summary>
    private const string ViolationListener = """
        document.addEventListener('securitypolicyviolation', e =>
          window.reportViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} in ${e.documentURI}`));
        """;

    private readonly IBrowserContext context;
    private readonly List<string> problems = [];
    private readonly List<string> violations = [];

    private WatchedPage(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>Console errors, script errors, failed requests and error answers, in the order they came.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (problems)
            {
                return [.. problems];
            }
        }
    }

    public IReadOnlyList<string> Violations
    {
        get
        {
            lock (violations)
            {
                return [.. violations];
            }
        }
    }

    public static async Task<WatchedPage> OpenAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        // CI runs every test project at once on two cores: a page with nine charts may take a while, and that is no fault.
        page.SetDefaultTimeout(120_000);
        page.SetDefaultNavigationTimeout(120_000);
        var watched = new WatchedPage(context, page);
        await context.ExposeFunctionAsync<string, bool>("reportViolation", violation => Add(watched.violations, violation));
        await context.AddInitScriptAsync(ViolationListener);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Add(watched.problems, $"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Add(watched.problems, $"script error: {error}");
        page.RequestFailed += (_, request) => Add(watched.problems, $"failed: {request.Method} {request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Add(watched.problems, $"answer {response.Status}: {response.Url}");
            }
        };
        return watched;
    }

    /// <summary>Opens <paramref name="url"/> and waits until it and everything it loads have loaded.</summary>
    public async Task<IResponse> GotoAsync(Uri url)
    {
        var response = await Page.GotoAsync(url.ToString(), new() { WaitUntil = WaitUntilState.Load });
        Assert.NotNull(response);
        Assert.True(response.Ok, $"GET {url}: {response.Status}");
        return response;
    }

    /// <summary>Requires that nothing went wrong so far, naming whatever did.</summary>
    public void AssertClean()
    {
        var problems = Problems;
        var violations = Violations;
        Assert.True(problems.Count == 0, "Errors in the browser:\n" + string.Join('\n', problems));
        Assert.True(violations.Count == 0, "Content security policy violations:\n" + string.Join('\n', violations));
    }

    private static bool Add(List<string> list, string entry)
    {
        lock (list)
        {
            list.Add(entry);
        }

        return true;
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
