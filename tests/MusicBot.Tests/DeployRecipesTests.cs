using System.Text.Json;
using System.Text.RegularExpressions;
using MusicBot.Tests.Support;

namespace MusicBot.Tests;

/// <summary>The recipes in deploy/ agree with the host: documented keys, served probe paths, the container port.</summary>
public sealed partial class DeployRecipesTests
{
    [Fact]
    public void EnvSample_EveryKey_IsDocumentedInTheSampleConfiguration()
    {
        var documented = SampleKeys();
        var keys = File.ReadAllLines(RepositoryRoot.File("deploy", "musicbot.env.sample"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l[..l.IndexOf('=', StringComparison.Ordinal)].Replace("__", ":", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.Contains(k, documented));
    }

    [Fact]
    public void Kubernetes_OneReplicaRecreateAndProbes_UseTheServedPaths()
    {
        var manifest = File.ReadAllText(RepositoryRoot.File("deploy", "kubernetes.yaml"));

        Assert.Contains("replicas: 1\n", manifest, StringComparison.Ordinal);
        Assert.Contains("type: Recreate\n", manifest, StringComparison.Ordinal);
        Assert.Matches(@"livenessProbe:\s+httpGet: \{ path: /healthz, port: http \}", manifest);
        Assert.Matches(@"readinessProbe:\s+httpGet: \{ path: /readyz, port: http \}", manifest);
        Assert.Contains("secretRef: { name: musicbot-secrets }", manifest, StringComparison.Ordinal);
        Assert.Contains("containerPort: 8080", manifest, StringComparison.Ordinal);
        Assert.Contains("mountPath: /data", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void SystemdUnit_IsHardenedAndWritesOnlyTheDataDirectory()
    {
        var unit = File.ReadAllLines(RepositoryRoot.File("deploy", "musicbot.service"));

        foreach (var directive in new[] { "User=musicbot", "NoNewPrivileges=true", "ProtectSystem=strict", "ReadWritePaths=/var/lib/musicbot", "Restart=on-failure", "Environment=MusicBot__DataDirectory=/var/lib/musicbot", "Environment=MusicBot__Terminal__Enabled=false" })
        {
            Assert.Contains(directive, unit);
        }
    }

    [Fact]
    public void Compose_MountsTheVolumeAndReadsTheEnvFile()
    {
        var compose = File.ReadAllText(RepositoryRoot.File("deploy", "docker-compose.yml"));

        Assert.Contains("- musicbot-data:/data", compose, StringComparison.Ordinal);
        Assert.Contains("- musicbot.env", compose, StringComparison.Ordinal);
        Assert.Contains("\"127.0.0.1:8080:8080\"", compose, StringComparison.Ordinal);
    }

    /// <summary>Every key path of appsettings.sample.json (which has // comments), as <c>MusicBot:Section:Key</c>.</summary>
    private static HashSet<string> SampleKeys()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.File("appsettings.sample.json")), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Collect(sample.RootElement, "", keys);
        return keys;
    }

    private static void Collect(JsonElement element, string prefix, HashSet<string> keys)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            keys.Add(prefix);
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            Collect(property.Value, prefix.Length == 0 ? property.Name : $"{prefix}:{property.Name}", keys);
        }
    }
}
