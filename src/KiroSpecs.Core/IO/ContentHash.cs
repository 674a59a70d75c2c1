using System;
using System.Security.Cryptography;
using System.Text;
#if NET
using System.Buffers;
#endif

namespace KiroSpecs.Core.IO;

/// <summary>SHA-256 of text, as lowercase hex: used for the generated-file marker, approvals and the cache key.</summary>
public static class ContentHash
{
    private const string HexDigits = "0123456789abcdef";


    /// <summary>Hash of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Of(string text) => Of(text, 0);

    /// <summary>
    /// Hash of the UTF-8 bytes of <paramref name="text"/> from <paramref name="start"/> on, without
    /// copying that part out first. On .NET the text is encoded and hashed a slice at a time through
    /// one small buffer: a sequence.md body of tens of MB never becomes a byte array of its own (a rented
    /// one that size would also stay in the shared pool for the rest of the build).
    /// </summary>
    public static string Of(string text, int start)
    {
#if NET
        var chars = text.AsSpan(start);
        Span<byte> hash = stackalloc byte[32];
        if (chars.Length <= Utf8Slices.Chars)
        {
            // One slice: hashed in one call, as before.
            var rented = ArrayPool<byte>.Shared.Rent(Math.Max(Encoding.UTF8.GetMaxByteCount(chars.Length), 1));
            try
            {
                SHA256.HashData(rented.AsSpan(0, Encoding.UTF8.GetBytes(chars, rented)), hash);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
        else
        {
            using var hasher = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            Append(hasher, chars);
            hasher.GetHashAndReset(hash);
        }

        return Hex(hash);
#else
        using var sha = SHA256.Create();
        return ToHex(sha.ComputeHash(Encoding.UTF8.GetBytes(start == 0 ? text : text.Substring(start))));
#endif
    }

#if NET
    /// <summary>Hash of the UTF-8 bytes of what <paramref name="text"/> holds, read from its chunks without making it a string.</summary>
    internal static string Of(StringBuilder text)
    {
        using var hasher = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var encoder = Encoding.UTF8.GetEncoder();
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(Utf8Slices.Chars));
        try
        {
            foreach (var chunk in text.GetChunks())
            {
                Utf8Slices.Encode(chunk.Span, encoder, rented, flush: false, new Utf8Slices.HashSink(hasher));
            }

            Utf8Slices.Encode(ReadOnlySpan<char>.Empty, encoder, rented, flush: true, new Utf8Slices.HashSink(hasher));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        Span<byte> hash = stackalloc byte[32];
        hasher.GetHashAndReset(hash);
        return Hex(hash);
    }

    /// <summary>Encodes <paramref name="chars"/> as UTF-8 into <paramref name="hasher"/>, a slice at a time.</summary>
    private static void Append(IncrementalHash hasher, ReadOnlySpan<char> chars)
    {
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(Utf8Slices.Chars));
        try
        {
            Utf8Slices.Encode(chars, Encoding.UTF8.GetEncoder(), rented, flush: true, new Utf8Slices.HashSink(hasher));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The lowercase hex of a SHA-256 hash.</summary>
    internal static string Hex(ReadOnlySpan<byte> hash)
    {
        Span<char> hex = stackalloc char[64];
        for (var i = 0; i < hash.Length; i++)
        {
            hex[2 * i] = HexDigits[hash[i] >> 4];
            hex[(2 * i) + 1] = HexDigits[hash[i] & 0xF];
        }

        return new string(hex);
    }
#endif

    /// <summary>Lowercase hex of bytes.</summary>
    public static string ToHex(byte[] bytes)
    {
        var sb = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            sb.Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
        }

        return sb.ToString();
    }
}
