using System.Globalization;
using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace MusicBot.Discord.Http;

/// <summary>
/// Checks a request from Discord (reference A8): <c>X-Signature-Ed25519</c> is the hex Ed25519 signature of
/// <c>X-Signature-Timestamp</c> followed by the raw body, made with the application's key. A timestamp further than
/// <see cref="MaxSkew"/> from the bot's clock is refused too, so a recorded request cannot be replayed later.
/// </summary>
public sealed class InteractionSignature
{
    public const string SignatureHeader = "X-Signature-Ed25519";
    public const string TimestampHeader = "X-Signature-Timestamp";

    /// <summary>Discord signs as it sends; five minutes absorbs any clock difference a synced server has.</summary>
    public static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);

    private readonly Ed25519PublicKeyParameters _key;

    /// <param name="publicKeyHex">64 hex characters (checked at start-up by <see cref="DiscordOptionsValidator"/>).</param>
    public InteractionSignature(string publicKeyHex)
    {
        ArgumentNullException.ThrowIfNull(publicKeyHex);
        _key = new Ed25519PublicKeyParameters(Convert.FromHexString(publicKeyHex.Trim()));
    }

    public SignatureCheck Check(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(timestamp) || signatureHex is not { Length: 128 } || !signatureHex.All(char.IsAsciiHexDigit))
        {
            return SignatureCheck.Invalid;
        }

        var message = new byte[Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, message);
        body.CopyTo(message.AsSpan(written));
        if (!Verify(Convert.FromHexString(signatureHex), message))
        {
            return SignatureCheck.Invalid;
        }

        return long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            && Math.Abs((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).TotalSeconds) <= MaxSkew.TotalSeconds
            ? SignatureCheck.Valid
            : SignatureCheck.Stale;
    }

    /// <summary>Plain Ed25519 (RFC 8032) over <paramref name="message"/>.</summary>
    public bool Verify(byte[] signature, byte[] message)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(message);
        var verifier = new Ed25519Signer();
        verifier.Init(forSigning: false, _key);
        verifier.BlockUpdate(message, 0, message.Length);
        return verifier.VerifySignature(signature);
    }
}

/// <summary>What a signature check found: only <see cref="Valid"/> is answered; the others get 401.</summary>
public enum SignatureCheck
{
    Valid,
    Invalid,
    Stale,
}
