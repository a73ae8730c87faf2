using System.Xml.Linq;
using MusicBot.Tests.Support;

namespace MusicBot.Tests;

/// <summary>
/// No Docker engine runs here, so the Dockerfile is checked against the repository: every path it copies exists,
/// every project is copied before the restore (a new project that is not fails here, by name), and the runtime
/// settings agree with the host.
/// </summary>
public sealed class DockerfileTests
{
    private readonly Dockerfile _dockerfile = Dockerfile.Read(RepositoryRoot.File("Dockerfile"));

    [Fact]
    public void Copy_EverySourceFromTheBuildContext_ExistsInTheRepository()
    {
        var sources = _dockerfile.ContextCopies().Select(c => c.Source).ToList();

        Assert.NotEmpty(sources);
        var missing = sources.Where(s => !File.Exists(RepositoryRoot.File(s)) && !Directory.Exists(RepositoryRoot.File(s))).ToList();
        Assert.True(missing.Count == 0, $"The Dockerfile copies paths that do not exist: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Copy_EveryProjectAndPropsFile_IsCopiedBeforeTheRestore()
    {
        var restore = _dockerfile.IndexOf("RUN", "dotnet restore");
        var beforeRestore = _dockerfile.ContextCopies().Where(c => c.Index < restore).Select(c => c.Source).ToHashSet(StringComparer.Ordinal);
        var needed = Directory.EnumerateFiles(RepositoryRoot.Path, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".csproj", StringComparison.Ordinal) || Path.GetFileName(f) is "Directory.Build.props" or "Directory.Packages.props")
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj" or ".git"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(restore > 0, "the Dockerfile has no `RUN dotnet restore`");
        Assert.Contains("src/MusicBot/MusicBot.csproj", needed);
        var notCopied = needed.Where(f => !beforeRestore.Contains(f)).ToList();
        Assert.True(
            notCopied.Count == 0,
            $"Add to the Dockerfile, before `RUN dotnet restore`: {string.Join("; ", notCopied.Select(f => $"COPY {f} {Path.GetDirectoryName(f)?.Replace('\\', '/')}/"))}");
        Assert.Contains("MusicBot.sln", beforeRestore);
    }

    [Fact]
    public void Runtime_EntryPointHealthCheckAndPort_MatchTheHost()
    {
        var project = XDocument.Load(RepositoryRoot.File("src", "MusicBot", "MusicBot.csproj"));
        var assembly = project.Descendants("AssemblyName").Single().Value;

        Assert.True(_dockerfile.IndexOf("RUN", "dotnet publish src/MusicBot/MusicBot.csproj -c Release -o /app") > 0);
        Assert.True(_dockerfile.IndexOf("ENTRYPOINT", $"[\"dotnet\", \"{assembly}.dll\"]") > 0, $"ENTRYPOINT must run {assembly}.dll");
        Assert.True(_dockerfile.IndexOf("HEALTHCHECK", "") > 0);
        Assert.EndsWith($"CMD [\"dotnet\", \"{assembly}.dll\", \"health\"]", _dockerfile.Instructions.Single(i => i.Keyword == "HEALTHCHECK").Arguments, StringComparison.Ordinal);
        var environment = string.Join(" ", _dockerfile.Instructions.Where(i => i.Keyword == "ENV").Select(i => i.Arguments));
        Assert.Contains("MusicBot__Http__Urls=http://0.0.0.0:8080", environment, StringComparison.Ordinal);
        Assert.Contains("MusicBot__DataDirectory=/data", environment, StringComparison.Ordinal);
        Assert.Contains(("EXPOSE", "8080"), _dockerfile.Instructions);
        Assert.Contains(("USER", "app"), _dockerfile.Instructions);
        Assert.Contains(("VOLUME", "[\"/data\"]"), _dockerfile.Instructions);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", _dockerfile.Instructions.Last(i => i.Keyword == "FROM").Arguments, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TestAndRuntimeStages_InstallFfmpegAsRoot()
    {
        var runtime = _dockerfile.Instructions.ToList().FindLastIndex(i => i.Keyword == "FROM");
        var test = _dockerfile.IndexOf("FROM", "build AS test");
        var runsTests = _dockerfile.IndexOf("RUN", "dotnet test");
        var installs = _dockerfile.Instructions
            .Select((instruction, index) => (instruction, index))
            .Where(x => x.instruction.Keyword == "RUN" && x.instruction.Arguments.Contains("apt-get install -y --no-install-recommends ffmpeg", StringComparison.Ordinal))
            .Select(x => x.index)
            .ToList();

        // In the runtime stage before USER app (apt needs root), and in the test stage before the tests run.
        Assert.Contains(installs, i => i > runtime && i < _dockerfile.IndexOf("USER", "app"));
        Assert.Contains(installs, i => i > test && i < runsTests);
        Assert.All(installs, i => Assert.Contains("apt-get update", _dockerfile.Instructions[i].Arguments, StringComparison.Ordinal));
    }

    [Fact]
    public void DockerIgnore_ExcludesBuildOutput() =>
        Assert.Contains("**/obj/", File.ReadAllLines(RepositoryRoot.File(".dockerignore")));
}
