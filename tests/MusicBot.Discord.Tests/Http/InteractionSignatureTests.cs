using System.Globalization;
using System.Text;
using MusicBot.Discord.Http;
using MusicBot.Emulators.Discord.Http;

namespace MusicBot.Discord.Tests.Http;

/// <summary>Ed25519 against RFC 8032 §7.1, and Discord's framing: timestamp + raw body, a timestamp close to now.</summary>
public sealed class InteractionSignatureTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "", "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")]
    [InlineData("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72", "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00")]
    public void Verify_Rfc8032Vectors_AcceptedAndOneFlippedBitRefused(string publicKey, string message, string signature)
    {
        var check = new InteractionSignature(publicKey);
        var bytes = Convert.FromHexString(message);
        var flipped = Convert.FromHexString(signature);
        flipped[^1] ^= 0x01;

        Assert.True(check.Verify(Convert.FromHexString(signature), bytes));
        Assert.False(check.Verify(flipped, bytes));
    }

    [Fact]
    public void Check_SignedTimestampAndBody_Valid()
    {
        var (signer, check) = KeyPair();
        var body = """{"type":1}"""u8.ToArray();
        var timestamp = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        Assert.Equal(SignatureCheck.Valid, check.Check(signer.Sign(timestamp, body), timestamp, body, Now));
    }

    [Fact]
    public void Check_BodyChangedAfterSigning_Invalid()
    {
        var (signer, check) = KeyPair();
        var timestamp = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = signer.Sign(timestamp, """{"type":1}"""u8.ToArray());

        Assert.Equal(SignatureCheck.Invalid, check.Check(signature, timestamp, """{"type":2}"""u8.ToArray(), Now));
    }

    [Fact]
    public void Check_SignedByAnotherKey_Invalid()
    {
        var (_, check) = KeyPair();
        var body = Encoding.UTF8.GetBytes("{}");
        var timestamp = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        Assert.Equal(SignatureCheck.Invalid, check.Check(new InteractionSigner().Sign(timestamp, body), timestamp, body, Now));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void Check_ValidSignatureOverATimestampMoreThanFiveMinutesOff_Stale(int offsetSeconds)
    {
        var (signer, check) = KeyPair();
        var body = Encoding.UTF8.GetBytes("{}");
        var timestamp = (Now.ToUnixTimeSeconds() + offsetSeconds).ToString(CultureInfo.InvariantCulture);

        Assert.Equal(SignatureCheck.Stale, check.Check(signer.Sign(timestamp, body), timestamp, body, Now));
    }

    [Theory]
    [InlineData(null, "1700000000")]
    [InlineData("abc", "1700000000")]
    [InlineData("zz", null)]
    public void Check_MissingOrMalformedHeaders_Invalid(string? signature, string? timestamp)
    {
        var (_, check) = KeyPair();

        Assert.Equal(SignatureCheck.Invalid, check.Check(signature, timestamp, [], Now));
    }

    private static (InteractionSigner Signer, InteractionSignature Check) KeyPair()
    {
        var signer = new InteractionSigner();
        return (signer, new InteractionSignature(signer.PublicKeyHex));
    }
}
