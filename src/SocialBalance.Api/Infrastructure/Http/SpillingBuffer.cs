namespace SocialBalance.Api.Infrastructure.Http;

/// <summary>
/// A response body that keeps up to a limit in memory and, past it, writes what it holds and everything
/// after straight to the real body: small answers can be hashed, large ones still stream.
/// </summary>
internal sealed class SpillingBuffer(Stream inner, int limit) : Stream
{
    private readonly MemoryStream memory = new();

    public bool Spilled { get; private set; }

    public ReadOnlyMemory<byte> Buffered => memory.GetBuffer().AsMemory(0, (int)memory.Length);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        if (!Spilled && memory.Length + data.Length > limit)
        {
            Spilled = true;
            await inner.WriteAsync(Buffered, cancellationToken);
            memory.SetLength(0);
        }

        if (Spilled)
        {
            await inner.WriteAsync(data, cancellationToken);
        }
        else
        {
            memory.Write(data.Span);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) =>
        WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task FlushAsync(CancellationToken cancellationToken) =>
        Spilled ? inner.FlushAsync(cancellationToken) : Task.CompletedTask;

    public override void Flush()
    {
    }

    public async Task CopyBufferedToAsync(Stream destination, CancellationToken ct)
    {
        if (memory.Length > 0)
        {
            await destination.WriteAsync(Buffered, ct);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            memory.Dispose();
        }

        base.Dispose(disposing);
    }
}
