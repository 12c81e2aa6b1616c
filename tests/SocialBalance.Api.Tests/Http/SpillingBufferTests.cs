using SocialBalance.Api.Infrastructure.Http.Uploads;


namespace SocialBalance.Api.Tests.Http;

public class SpillingBufferTests
{
    private static byte[] Bytes(int count, int seed) => Enumerable.Range(seed, count).Select(i => (byte)(i * 7)).ToArray();

    [Fact]
    public async Task Keeps_an_answer_up_to_the_limit_in_order_across_many_writes()
    {
        var inner = new MemoryStream();
        await using var buffer = new SpillingBuffer(inner, limit: 200_000);
        var expected = new List<byte>();
        // Writes of growing size, so the kept bytes outgrow several rented arrays.
        for (var i = 0; i < 40; i++)
        {
            var chunk = Bytes(i * 250, seed: i);
            await buffer.WriteAsync(chunk);
            expected.AddRange(chunk);
        }

        Assert.False(buffer.Spilled);
        Assert.Equal(0, inner.Length);
        Assert.Equal(expected, buffer.Buffered.ToArray());

        await buffer.CopyBufferedToAsync(inner, CancellationToken.None);
        Assert.Equal(expected, inner.ToArray());
    }

    [Fact]
    public async Task Past_the_limit_writes_what_it_kept_and_then_everything_else_straight_through()
    {
        var inner = new MemoryStream();
        await using var buffer = new SpillingBuffer(inner, limit: 50_000);
        var first = Bytes(30_000, seed: 1);
        var second = Bytes(30_000, seed: 2);
        var third = Bytes(5, seed: 3);

        await buffer.WriteAsync(first);
        Assert.False(buffer.Spilled);
        await buffer.WriteAsync(second);
        Assert.True(buffer.Spilled);
        await buffer.WriteAsync(third);

        Assert.Equal(0, buffer.Buffered.Length);
        Assert.Equal(first.Concat(second).Concat(third), inner.ToArray());
        await buffer.CopyBufferedToAsync(inner, CancellationToken.None);
        Assert.Equal(60_005, inner.Length);
    }

    [Fact]
    public async Task An_answer_of_exactly_the_limit_is_kept()
    {
        var inner = new MemoryStream();
        await using var buffer = new SpillingBuffer(inner, limit: 40_000);

        await buffer.WriteAsync(Bytes(40_000, seed: 4));

        Assert.False(buffer.Spilled);
        Assert.Equal(Bytes(40_000, seed: 4), buffer.Buffered.ToArray());
    }
}
