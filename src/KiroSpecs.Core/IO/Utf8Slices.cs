#if NET
using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace KiroSpecs.Core.IO;

/// <summary>
/// Encodes text as UTF-8 through one small buffer, a slice at a time, into a hash or a file: a text of tens of MB
/// never becomes a byte array of its own. The encoder keeps a surrogate pair cut by a slice or chunk boundary whole.
/// </summary>
internal static class Utf8Slices
{
    /// <summary>Characters per slice; a buffer of <c>GetMaxByteCount(Chars)</c> bytes holds one.</summary>
    public const int Chars = 16 * 1024;

    /// <summary>What receives the encoded bytes.</summary>
    public interface ISink
    {
        void Write(byte[] bytes, int count);
    }

    /// <summary>Encodes <paramref name="chars"/> into <paramref name="sink"/>; <paramref name="flush"/> ends the text.</summary>
    public static void Encode<TSink>(ReadOnlySpan<char> chars, Encoder encoder, byte[] buffer, bool flush, TSink sink)
        where TSink : struct, ISink
    {
        do
        {
            var take = Math.Min(chars.Length, Chars);
            sink.Write(buffer, encoder.GetBytes(chars.Slice(0, take), buffer, flush && take == chars.Length));
            chars = chars.Slice(take);
        }
        while (chars.Length > 0);
    }

    public readonly struct HashSink : ISink
    {
        private readonly IncrementalHash _hash;

        public HashSink(IncrementalHash hash) => _hash = hash;

        public void Write(byte[] bytes, int count) => _hash.AppendData(bytes, 0, count);
    }

    public readonly struct StreamSink : ISink
    {
        private readonly Stream _stream;

        public StreamSink(Stream stream) => _stream = stream;

        public void Write(byte[] bytes, int count) => _stream.Write(bytes, 0, count);
    }
}
#endif
