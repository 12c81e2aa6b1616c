using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Features.ListStatus;
using SocialBalance.Api.Infrastructure.Http.Conditional;
using SocialBalance.Api.Infrastructure.Http.Errors;
using SocialBalance.Api.Infrastructure.Http.Security;

namespace SocialBalance.Api.Features.StatusPage;

/// <summary>
/// <c>GET /</c>: the 2030 ambition at a glance for the council and citizens, as a server-rendered HTML page (no
/// script), in Danish or, with <c>?lang=en</c>, English. It is a page for people, not part of the JSON API, so it is
/// left out of the contract; like every read it has an ETag, answers 304, and is kept until the data changes.
/// </summary>
public static class StatusPageApi
{
    public const string Path = "/";

    public static IEndpointRouteBuilder MapStatusPage(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, GetStatusPage)
            .WithName(nameof(GetStatusPage))
            .ExcludeFromDescription()
            .WithConditionalGet()
            .WithContentSecurityPolicy(StatusPageStyle.ContentSecurityPolicy);
        foreach (var path in new[] { SiteIcon.LinkedPath, SiteIcon.BrowserPath })
        {
            app.MapGet(path, () => TypedResults.Bytes(SiteIcon.Svg, SiteIcon.MediaType)).ExcludeFromDescription().WithConditionalGet();
        }

        return app;
    }

    // Other query parameters are ignored, not refused as the API refuses them: a link to a page picks up whatever a
    // mail client or a social site adds to it.
    public static async Task<Results<ContentHttpResult, ValidationProblem>> GetStatusPage(
        HttpRequest request, AnalysisInputQueries inputs, ListStatusQueries lists, ListStatusOptions options, CancellationToken ct)
    {
        var asked = request.Query["lang"];
        var text = asked.Count switch
        {
            0 => PageText.Danish,
            1 => PageText.For(asked.ToString()),
            _ => null,
        };
        if (text is null)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    ["lang"] = [$"'lang' is the page's language, one of: {string.Join(", ", PageText.Codes)} (default da); give it once."],
                },
                title: "The request is not valid.",
                type: ProblemTypes.Validation);
        }

        var data = await StatusPageData.LoadAsync(inputs, lists, options, ct);
        return TypedResults.Text(StatusPageView.Render(data, text), "text/html", Encoding.UTF8);
    }
}
