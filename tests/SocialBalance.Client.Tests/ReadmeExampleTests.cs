using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Client.Tests;

/// <summary>
/// The example of README.md's "A typed .NET client" is what a municipal developer copies first: it must compile
/// against the client as generated from today's contract, or a change of the contract has left the README behind.
/// </summary>
public sealed class ReadmeExampleTests
{
    // What an SDK-style console project with ImplicitUsings gives the example without saying so.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    [Fact]
    public void The_README_example_compiles_against_the_generated_client()
    {
        var example = ClientSection().Single();

        var compilation = CSharpCompilation.Create(
            "ReadmeExample",
            [CSharpSyntaxTree.ParseText(ImplicitUsings), CSharpSyntaxTree.ParseText(example)],
            References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.Contains("SocialBalanceClientFactory.Create(", example, StringComparison.Ordinal);
    }

    /// <summary>The C# blocks of the README's client section.</summary>
    private static IEnumerable<string> ClientSection()
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));
        var start = readme.IndexOf("## A typed .NET client", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no section \"A typed .NET client\"");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = readme[start..(end < 0 ? readme.Length : end)];
        return Regex.Matches(section, "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value);
    }

    /// <summary>The runtime's assemblies and everything this test runs with, the client and Kiota among them.</summary>
    private static IEnumerable<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => MetadataReference.CreateFromFile(path));
}
