using System.Buffers;

namespace SocialBalance.Api.Infrastructure.Http.Uploads;

/// <summary>
/// A response body that keeps up to a limit in memory and, past it, writes what it holds and everything
/// after straight to the real body: small answers can be hashed, large ones still stream.
/// </summary>
/// <remarks>
/// The memory is rented from the shared pool and given back when the buffer is disposed. An answer that spills
/// (the national list, about 10 MB) first fills the buffer to the limit: fresh arrays of that size would land on the
/// large-object heap on every such request and bring full garbage collections under load.
/// </remarks>
internal sealed class SpillingBuffer(Stream inner, int limit) : Stream
{
    private const int FirstSize = 16 * 1024;

    private byte[] memory = [];
    private int length;

    public bool Spilled { get; private set; }

    public ReadOnlyMemory<byte> Buffered => memory.AsMemory(0, length);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        if (!Spilled && length + data.Length > limit)
        {
            Spilled = true;
            await inner.WriteAsync(Buffered, cancellationToken);
            Release();
        }

        if (Spilled)
        {
            await inner.WriteAsync(data, cancellationToken);
        }
        else
        {
            Append(data.Span);
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
        if (length > 0)
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
            Release();
        }

        base.Dispose(disposing);
    }

    private void Append(ReadOnlySpan<byte> data)
    {
        if (length + data.Length > memory.Length)
        {
            var grown = ArrayPool<byte>.Shared.Rent(Math.Max(length + data.Length, Math.Max(FirstSize, memory.Length * 2)));
            Buffered.Span.CopyTo(grown);
            var kept = length;
            Release();
            memory = grown;
            length = kept;
        }

        data.CopyTo(memory.AsSpan(length));
        length += data.Length;
    }

    private void Release()
    {
        if (memory.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(memory);
        }

        memory = [];
        length = 0;
    }
}
