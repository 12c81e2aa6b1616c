using SocialBalance.Api.Features.Calculations;


namespace SocialBalance.Api.Tests.Features.Calculations;

public class MappedListTests
{
    [Fact]
    public void Maps_each_item_when_it_is_read_and_again_at_each_read()
    {
        var calls = 0;
        var list = new MappedList<int, string>([1, 2, 3], n => { calls++; return $"#{n}"; });

        Assert.Equal(0, calls);
        Assert.Equal(3, list.Count);
        Assert.Equal("#2", list[1]);
        Assert.Equal(1, calls);

        Assert.Equal(["#1", "#2", "#3"], list);
        Assert.Equal(4, calls);
        Assert.Equal(["#1", "#2", "#3"], list.ToList());
        Assert.Equal(7, calls);
    }

    [Fact]
    public void Serializes_as_the_array_of_mapped_items()
    {
        var list = new MappedList<int, string>([1, 2], n => $"#{n}");

        Assert.Equal("""{"items":["#1","#2"]}""", JsonSerializer.Serialize(new { Items = (IReadOnlyList<string>)list }, JsonSerializerOptions.Web));
    }

    [Fact]
    public void Keeps_its_sources()
    {
        int[] sources = [4, 5];

        Assert.Same(sources, new MappedList<int, int>(sources, n => n * 2).Sources);
    }
}
