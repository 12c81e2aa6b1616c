using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;
using SocialBalance.Analysis;

namespace SocialBalance.Api.Tests.Architecture;

/// <summary>
/// The dependency rules of the service, read from the compiled assemblies (every type reference, method bodies
/// included), so they stay true as the code grows.
/// </summary>
public sealed class DependencyRulesTests
{
    private const string Features = "SocialBalance.Api.Features";
    private const string Infrastructure = "SocialBalance.Api.Infrastructure";

    private static readonly Assembly Api = typeof(Program).Assembly;

    /// <summary>Every namespace that holds a feature (or a part of one, such as Observations.Reads).</summary>
    private static readonly IReadOnlyList<string> FeatureNamespaces = Api.GetTypes()
        .Select(t => t.Namespace)
        .OfType<string>()
        .Where(n => n.StartsWith(Features + ".", StringComparison.Ordinal))
        .Distinct()
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// Infrastructure is the plumbing every feature stands on (database, HTTP, OpenAPI, auth). If it used a feature,
    /// a change to that feature could break every other one, and the plumbing could not be read on its own. A feature
    /// that infrastructure must call (demo targets at start-up) implements an infrastructure interface instead.
    /// </summary>
    [Fact]
    public void Infrastructure_uses_no_feature()
    {
        var result = Types.InAssembly(Api).That().ResideInNamespace(Infrastructure).ShouldNot().HaveDependencyOn(Features).GetResult();

        Assert.True(result.IsSuccessful, "Infrastructure types that use a feature: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    /// <summary>
    /// Between two features, at most one uses the other: a pair that uses each other (Progress and Targets did) is
    /// one feature in two folders, which neither can be read, changed or moved without the other.
    /// </summary>
    [Fact]
    public void No_two_features_use_each_other()
    {
        var uses = Uses();

        var both = uses.Where(u => string.CompareOrdinal(u.From, u.To) < 0 && uses.Contains((u.To, u.From)))
            .Select(u => $"{Short(u.From)} ↔ {Short(u.To)}")
            .ToList();

        Assert.True(both.Count == 0, "Features that use each other: " + string.Join(", ", both));
    }

    /// <summary>
    /// The formulas of the ambition and the ministry's lists are checked by hand against worked examples; they must stay
    /// plain calculations that no HTTP, SQL or API type can reach into.
    /// </summary>
    [Fact]
    public void The_analysis_library_depends_on_nothing_of_the_api_nor_on_http_or_a_database()
    {
        var result = Types.InAssembly(typeof(DerivedPrecision).Assembly).ShouldNot()
            .HaveDependencyOnAny("SocialBalance.Api", "Microsoft.AspNetCore", "System.Data", "Microsoft.Data", "Dapper")
            .GetResult();

        Assert.True(result.IsSuccessful, "Analysis types with such a dependency: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    /// <summary>The rules above are only worth something if the dependencies are found: these are known to exist.</summary>
    [Fact]
    public void Known_dependencies_are_found()
    {
        var uses = Uses();

        Assert.Contains(($"{Features}.Targets", $"{Features}.Progress"), uses);
        Assert.Contains(($"{Features}.Observations.Writes", $"{Features}.InputRules"), uses);
        Assert.DoesNotContain(($"{Features}.Progress", $"{Features}.Targets"), uses);
        Assert.False(Types.InAssembly(Api).That().ResideInNamespace($"{Infrastructure}.Http.Endpoints").ShouldNot()
            .HaveDependencyOn($"{Infrastructure}.Http.Binding").GetResult().IsSuccessful);
    }

    /// <summary>Which feature namespace uses which: one check per ordered pair.</summary>
    private static HashSet<(string From, string To)> Uses()
    {
        var uses = new HashSet<(string, string)>();
        foreach (var from in FeatureNamespaces)
        {
            foreach (var to in FeatureNamespaces.Where(to => to != from && !to.StartsWith(from + ".", StringComparison.Ordinal)))
            {
                var result = Types.InAssembly(Api).That().ResideInNamespaceMatching($"^{Regex.Escape(from)}$")
                    .ShouldNot().HaveDependencyOn(to).GetResult();
                if (!result.IsSuccessful)
                {
                    uses.Add((from, to));
                }
            }
        }

        return uses;
    }

    private static string Short(string feature) => feature[(Features.Length + 1)..];
}
