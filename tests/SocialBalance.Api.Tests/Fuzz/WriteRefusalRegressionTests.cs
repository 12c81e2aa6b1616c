using SocialBalance.Api.Tests.Features.Writes;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Fuzz;

/// <summary>
/// Refusals the write fuzzing found naming no field, each fixed: before, the problem's <c>errors</c> held an
/// empty key, or no <c>errors</c> at all, so a client could not tell what to correct.
/// </summary>
public sealed class WriteRefusalRegressionTests(WriteFuzzFixture fixture) : IClassFixture<WriteFuzzFixture>
{
    [Fact]
    public async Task A_csv_header_column_without_a_name_is_named_by_its_position()
    {
        using var admin = fixture.CreateClient(TestKeys.BootstrapAdmin);
        var before = await StateAsync();

        using var response = await admin.PostCsvAsync("indicator,area,year,value,\r\nfeel-safe,test-area-01,2020,50,\r\n");

        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = problem.GetProperty("errors");
        Assert.Equal(["column 5"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Contains("Column 5", errors.GetProperty("column 5")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task An_admin_post_without_a_body_names_the_body()
    {
        using var admin = fixture.CreateClient(TestKeys.BootstrapAdmin);
        var before = await StateAsync();

        using var response = await admin.PostAsync("/api/v1/admin/areas", new ByteArrayContent([]));

        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(problem.GetProperty("errors").GetProperty("body").EnumerateArray());
        Assert.Equal(before, await StateAsync());
    }

    private async Task<string> StateAsync()
    {
        await using var connection = await fixture.DbFactory.OpenAsync(CancellationToken.None);
        return await WriteTestSupport.FigureStateAsync(connection) + " areas=" + await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT COUNT(*) FROM area");
    }
}
