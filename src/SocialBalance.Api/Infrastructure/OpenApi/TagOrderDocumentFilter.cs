using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>
/// Lists the tags in the order a municipal developer meets them (what there is, the figures, the verdicts,
/// then posting and administration), each with a line that says what it holds. Swagger UI shows the groups
/// in this order instead of alphabetically by path, which put Administration first.
/// </summary>
public sealed class TagOrderDocumentFilter : IDocumentFilter
{
    private static readonly (string Name, string Description)[] Tags =
    [
        ("Effect goals", "The City Council's three effect goals for 2030."),
        ("Themes", "The nine themes, each serving an effect goal and measured by indicators."),
        ("Indicators", "The indicator catalogue: definitions, units, which way is better, valid ranges, sources."),
        ("Areas", "The country, the region, the municipality and its housing areas, with their list history."),
        ("Observations", "The yearly figures: read them (also as CSV, as they stood at a time, or what changed since), and post them with an API key."),
        ("Comparisons", "Gaps of the areas to Gladsaxe Kommune and theme verdicts, with every input."),
        ("Targets", "Targets toward 2030 and the progress made toward them (Open SDG method)."),
        ("Progress", "Progress without a target (Open SDG method)."),
        ("Ambition", "The City Council's 2030 ambition: met, not met or insufficient data, with the evidence."),
        ("List status", "The ministry's list rules (almenboligloven § 61 a) applied to the figures, with an early-warning watch flag."),
        ("Charts", "The figures, the gaps and the theme verdicts as SVG images, for a web page to embed with <img>."),
        ("Organisations", "Housing organisations and the municipality, and the areas each may report for."),
        ("Imports", "Who posted which figures when (API key)."),
        ("Administration", "Metadata, organisations, targets and API keys (admin key; updates need If-Match)."),
        ("Health", "Liveness and readiness probes."),
    ];

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var used = swaggerDoc.Tags?.Select(t => t.Name).OfType<string>().ToHashSet(StringComparer.Ordinal) ?? [];
        var known = Tags.Select(t => t.Name).ToList();
        // Known tags in their order; any other (a new feature not yet placed here) after them, alphabetically.
        var names = known.Where(used.Contains).Concat(used.Except(known).Order(StringComparer.Ordinal)).ToList();
        var rank = names.Select((name, index) => (name, index)).ToDictionary(x => x.name, x => x.index);
        var descriptions = Tags.ToDictionary(t => t.Name, t => t.Description);
        swaggerDoc.Tags = new SortedSet<OpenApiTag>(
            names.Select(name => new OpenApiTag { Name = name, Description = descriptions.GetValueOrDefault(name) }),
            Comparer<OpenApiTag>.Create((a, b) => rank[a.Name!].CompareTo(rank[b.Name!])));
    }
}
