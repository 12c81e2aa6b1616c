using SocialBalance.Analysis.Observations;

namespace SocialBalance.Analysis.Tests.Observations;

public class ObservationTableTests
{
    [Fact]
    public void Finds_a_figure_by_indicator_area_and_year_and_nothing_for_a_gap()
    {
        var table = ObservationTable.From(
        [
            new Observation("residents", "vaerebro-park", 2020, 2900),
            new Observation("residents", "vaerebro-park", 2022, 3100),
            new Observation("residents", "denmark", 2020, 5_800_000),
            new Observation("non-western", "vaerebro-park", 2020, 51.8),
        ]);

        Assert.Equal(2900, table.Find("residents", "vaerebro-park", 2020));
        Assert.Equal(3100, table.Find("residents", "vaerebro-park", 2022));
        Assert.Equal(51.8, table.Find("non-western", "vaerebro-park", 2020));
        Assert.Null(table.Find("residents", "vaerebro-park", 2021));   // between two years
        Assert.Null(table.Find("residents", "vaerebro-park", 2019));   // before the first
        Assert.Null(table.Find("residents", "vaerebro-park", 2023));   // after the last
        Assert.Null(table.Find("non-western", "denmark", 2020));       // known area, other indicator
        Assert.Null(table.Find("convicted", "vaerebro-park", 2020));   // unknown indicator
    }

    [Fact]
    public void Rows_in_any_order_give_a_series_oldest_year_first()
    {
        var table = ObservationTable.From(
        [
            new Observation("residents", "vaerebro-park", 2022, 3100),
            new Observation("residents", "vaerebro-park", 2018, 2700),
            new Observation("residents", "vaerebro-park", 2020, 2900),
            new Observation("residents", "vaerebro-park", 2019, 2800),
            new Observation("residents", "vaerebro-park", 2021, 3000),
        ]);

        Assert.Equal(
            [new YearValue(2018, 2700), new YearValue(2019, 2800), new YearValue(2020, 2900), new YearValue(2021, 3000), new YearValue(2022, 3100)],
            table.Series("residents", "vaerebro-park"));
        Assert.Equal(2800, table.Find("residents", "vaerebro-park", 2019));
        Assert.Empty(table.Series("residents", "denmark"));
    }

    [Fact]
    public void Two_values_for_the_same_indicator_area_and_year_are_refused_even_when_not_adjacent()
    {
        var error = Assert.Throws<ArgumentException>(() => ObservationTable.From(
        [
            new Observation("residents", "vaerebro-park", 2020, 2900),
            new Observation("residents", "vaerebro-park", 2021, 3000),
            new Observation("residents", "vaerebro-park", 2020, 2950),
        ]));

        Assert.Contains("'residents' in 'vaerebro-park' for 2020", error.Message);
    }

    [Fact]
    public void The_same_year_in_other_areas_or_indicators_is_no_duplicate()
    {
        var builder = new ObservationTableBuilder();
        builder.Add("residents", "vaerebro-park", 2020, 2900);
        builder.Add("residents", "hoeje-gladsaxe", 2020, 4100);
        builder.Add("non-western", "vaerebro-park", 2020, 51.8);

        var table = builder.Build();

        Assert.Equal(4100, table.Find("residents", "hoeje-gladsaxe", 2020));
        Assert.Equal(2900, table.Find("residents", "vaerebro-park", 2020));
    }

    [Fact]
    public void A_builder_makes_one_table()
    {
        var builder = new ObservationTableBuilder();
        builder.Add("residents", "vaerebro-park", 2020, 2900);
        builder.Build();

        Assert.Throws<InvalidOperationException>(() => builder.Add("residents", "vaerebro-park", 2021, 3000));
        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }
}
