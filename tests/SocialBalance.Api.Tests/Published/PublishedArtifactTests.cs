using System.Text.Json.Nodes;
using SocialBalance.Api.Tests.Faults;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Published;

/// <summary>The folder the published-service tests start is the one the image and CI ship.</summary>
public sealed class PublishedArtifactTests
{
    [Fact]
    public async Task The_published_folder_has_its_own_runtimeconfig_without_invariant_globalization()
    {
        var folder = await PublishedOutput.FolderAsync();
        var path = Path.Combine(folder, "SocialBalance.Api.runtimeconfig.json");

        Assert.True(File.Exists(path), $"{path} is missing: `dotnet {ServiceProcess.Dll}` would not know its runtime.");
        var options = JsonNode.Parse(await File.ReadAllTextAsync(path))?["runtimeOptions"];
        var frameworks = options?["frameworks"]?.AsArray().Select(f => (string?)f?["name"]).ToList() ?? [];
        Assert.Contains("Microsoft.AspNetCore.App", frameworks);
        // Microsoft.Data.SqlClient refuses to open a connection in invariant mode.
        var invariant = options?["configProperties"]?["System.Globalization.Invariant"];
        Assert.False(invariant is not null && invariant.GetValue<bool>(), $"{path} turns invariant globalization on: {options}");
    }

    [Fact]
    public async Task The_image_runs_the_output_of_the_publish_script_with_dotnet_in_production_on_sql_server()
    {
        var dockerfile = await File.ReadAllTextAsync(RepositoryFiles.PathOf("Dockerfile"));

        Assert.Contains($"RUN bash {PublishedOutput.Script} /app/publish", dockerfile);
        Assert.Contains("COPY --from=build /app/publish .", dockerfile);
        Assert.Contains("ASPNETCORE_ENVIRONMENT=Production", dockerfile);
        Assert.Contains("Database__Provider=SqlServer", dockerfile);
        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"{ServiceProcess.Dll}\"]", dockerfile);
    }
}
