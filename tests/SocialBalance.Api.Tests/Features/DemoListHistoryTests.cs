using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features;

/// <summary>
/// The demo areas' list years against the lists stored in <c>official_list_entry</c> (the reference data stores the list of
/// 1 December 2021). Every answer shows the stored list of its year; a year the figures cannot decide takes its stored list.
/// </summary>
public abstract class DemoListHistoryTests<TDatabase>(DemoApiFixture<TDatabase> fixture)
    : ApiTestBase<TDatabase>(fixture), IClassFixture<DemoApiFixture<TDatabase>>
    where TDatabase : TestDatabase, new()
{
    private async Task<IReadOnlyList<OfficialListRows.Row>> RowsAsync()
    {
        await using var db = await OpenDbAsync();
        return await OfficialListRows.ReadAsync(db);
    }

    private async Task<List<JsonElement>> AreasAsync(int year) =>
        (await GetJsonAsync($"/api/v1/list-status?year={year}")).GetProperty("areas").EnumerateArray().ToList();

    private static string Code(JsonElement status) => status.GetProperty("area").GetProperty("code").GetString()!;

    [SkippableFact]
    public async Task The_categories_of_2018_to_2021_agree_with_the_stored_lists_and_show_them()
    {
        var rows = await RowsAsync();
        Assert.NotEmpty(rows);

        for (var year = 2018; year <= 2021; year++)
        {
            foreach (var status in await AreasAsync(year))
            {
                var stored = OfficialListRows.For(rows, Code(status), year);
                var basis = status.GetProperty("basis");
                OfficialListRows.AssertShows(stored, basis.GetProperty("officialList"));
                // The demo figures decide every one of these years, and agree with the list where one is stored.
                Assert.Equal(("classified", "figures"), (status.GetProperty("outcome").GetString(), basis.GetProperty("source").GetString()));
                if (stored is not null) Assert.Equal(stored.CategoryCode, status.GetProperty("category").GetProperty("code").GetString());

                foreach (var earlier in status.GetProperty("transformation").GetProperty("years").EnumerateArray())
                {
                    OfficialListRows.AssertShows(
                        OfficialListRows.For(rows, Code(status), earlier.GetProperty("listYear").GetInt32()), earlier.GetProperty("basis").GetProperty("officialList"));
                }
            }
        }

        // The list of 1 December 2021, as db/DEMO-DATA.md gives it.
        Assert.Equal(
            [("hoeje-gladsaxe", "none"), ("moerkhoej", "none"), ("vaerebro-park", "prevention"), ("pileparkerne", "prevention")],
            (await AreasAsync(2021)).Select(s => (Code(s), s.GetProperty("category").GetProperty("code").GetString())));
    }

    [SkippableFact]
    public async Task A_year_before_the_rules_is_its_stored_list_or_insufficient_data()
    {
        var rows = await RowsAsync();

        for (var year = 2015; year <= 2017; year++)
        {
            foreach (var status in await AreasAsync(year))
            {
                var stored = OfficialListRows.For(rows, Code(status), year);
                var basis = status.GetProperty("basis");
                OfficialListRows.AssertShows(stored, basis.GetProperty("officialList"));
                Assert.Equal(
                    stored is null ? ("insufficient-data", "none", "none") : ("classified", stored.CategoryCode, "official-list"),
                    (status.GetProperty("outcome").GetString(), status.GetProperty("category").GetProperty("code").GetString(), basis.GetProperty("source").GetString()));
            }
        }
    }
}

public sealed class DemoListHistorySqliteTests(DemoApiFixture<SqliteTestDatabase> fixture)
    : DemoListHistoryTests<SqliteTestDatabase>(fixture);

public sealed class DemoListHistorySqlServerTests(DemoApiFixture<SqlServerTestDatabase> fixture)
    : DemoListHistoryTests<SqlServerTestDatabase>(fixture);
