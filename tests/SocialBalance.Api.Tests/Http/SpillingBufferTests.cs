using System.IO.Hashing;
using SocialBalance.Api.Infrastructure.Http.Conditional;
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
        // Writes of growing size, so the kept bytes fill several 64-kB segments and straddle their ends.
        for (var i = 0; i < 40; i++)
        {
            var chunk = Bytes(i * 250, seed: i);
            await buffer.WriteAsync(chunk);
            expected.AddRange(chunk);
        }

        Assert.False(buffer.Spilled);
        Assert.Equal(0, inner.Length);
        Assert.Equal(expected, buffer.ToArray());

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

        Assert.Equal(0, buffer.BufferedLength);
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
        Assert.Equal(Bytes(40_000, seed: 4), buffer.ToArray());
    }

    [Theory]
    [InlineData(65_536)]
    [InlineData(65_537)]
    [InlineData(150_000)]
    [InlineData(3 * 65_536)]
    public async Task One_write_over_segment_ends_is_kept_whole_and_its_segments_are_the_bytes_in_order(int size)
    {
        var inner = new MemoryStream();
        await using var buffer = new SpillingBuffer(inner, limit: 1_000_000);
        var bytes = Bytes(size, seed: 5);

        await buffer.WriteAsync(bytes.AsMemory(0, 1));
        await buffer.WriteAsync(bytes.AsMemory(1));

        Assert.Equal(size, buffer.BufferedLength);
        Assert.Equal(bytes, buffer.ToArray());
        Assert.Equal(bytes, buffer.Segments.SelectMany(s => s.ToArray()).ToArray());
        Assert.All(buffer.Segments.SkipLast(1), s => Assert.Equal(65_536, s.Length));
        // The entity tag hashes the segments one after the other: it must be the hash of the whole answer.
        Assert.Equal(Convert.ToHexStringLower(XxHash128.Hash(bytes)), ConditionalGetMiddleware.HashOf(buffer));
    }
}
