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
    /// copying that part out first (on .NET the bytes go to a pooled buffer: a sequence.md body is
    /// hashed on every build that reads it).
    /// </summary>
    public static string Of(string text, int start)
    {
#if NET
        var chars = text.AsSpan(start);
        var byteCount = Encoding.UTF8.GetByteCount(chars);
        var rented = ArrayPool<byte>.Shared.Rent(Math.Max(byteCount, 1));
        try
        {
            var written = Encoding.UTF8.GetBytes(chars, rented);
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(rented.AsSpan(0, written), hash);
            Span<char> hex = stackalloc char[64];
            for (var i = 0; i < hash.Length; i++)
            {
                hex[2 * i] = HexDigits[hash[i] >> 4];
                hex[(2 * i) + 1] = HexDigits[hash[i] & 0xF];
            }

            return new string(hex);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
#else
        using var sha = SHA256.Create();
        return ToHex(sha.ComputeHash(Encoding.UTF8.GetBytes(start == 0 ? text : text.Substring(start))));
#endif
    }

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
