using System.Text;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace MusicBot.Emulators.Discord.Http;

/// <summary>
/// The emulated application's Ed25519 key pair, made fresh for each emulator: its public key is what the bot must be
/// configured with (<see cref="PublicKeyHex"/>, Discord's <c>verify_key</c>), and every HTTP interaction is signed
/// with the private one over timestamp + body, as Discord does (reference A8).
/// </summary>
public sealed class InteractionSigner
{
    private readonly Ed25519PrivateKeyParameters _private;

    public InteractionSigner()
    {
        var generator = new Ed25519KeyPairGenerator();
        generator.Init(new Ed25519KeyGenerationParameters(new SecureRandom()));
        _private = (Ed25519PrivateKeyParameters)generator.GenerateKeyPair().Private;
        PublicKeyHex = Convert.ToHexStringLower(_private.GeneratePublicKey().GetEncoded());
    }

    public string PublicKeyHex { get; }

    /// <summary>The hex signature of <paramref name="timestamp"/> followed by <paramref name="body"/>.</summary>
    public string Sign(string timestamp, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(body);
        var message = Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray();
        var signer = new Ed25519Signer();
        signer.Init(forSigning: true, _private);
        signer.BlockUpdate(message, 0, message.Length);
        return Convert.ToHexStringLower(signer.GenerateSignature());
    }
}
