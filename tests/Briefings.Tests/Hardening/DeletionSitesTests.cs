using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Briefings.Tests.Cli;

namespace Briefings.Tests.Hardening;

/// <summary>
/// The tool may delete or rename only what it made, and only a few methods may prove that: each of them
/// checks ownership first (the output's marker, a staging folder's lock, a name with this process's GUID).
/// A call that deletes or moves a file or folder anywhere else fails this test, so a new one is reviewed
/// against those rules instead of slipping in.
/// </summary>
public sealed class DeletionSitesTests
{
    private static readonly HashSet<string> Allowed =
    [
        "Briefings.Writing.StagingFolder.Create",
        "Briefings.Writing.StagingFolder.Promote",
        "Briefings.Writing.StagingFolder.Dispose",
        "Briefings.Writing.StagingFolder.ReleaseLock",
        "Briefings.Writing.StagingFolder.RemoveLeftovers",
        "Briefings.Writing.OutputOwnership.WriteMarker",
        "Briefings.Writing.InPlaceWriter.Write",
        "Briefings.Writing.InPlaceWriter.Delete",
        "Briefings.Cli.Commands.ServeCommand.TryDelete",
        // Renames a file it has just written under a fresh GUID name into .briefings-cache/, never over an existing one.
        "Briefings.Outputs.Images.ImageFiles.Store",
        // Only folders this process made, listed as it made them, and not yet removed or swapped in.
        "Briefings.Writing.StagingFolder.RemoveAbandoned",
        // A file this build has just written into its own staging folder, replaced by a link to the previous site's identical one.
        "Briefings.Writing.SiteWriter.Completed",
        // The file it made (CreateNew) in the staging folder, when it was not completed.
        "Briefings.Writing.StagedFile.Dispose",
        // Unlinks the file it has just made (CreateNew, a fresh GUID name) in the temporary folder, so it has no name left.
        "Briefings.Markdown.HtmlSpill.Open",
    ];

    private static readonly HashSet<string> FileSystemTypes = ["File", "Directory", "FileInfo", "DirectoryInfo", "FileSystemInfo"];

    private static readonly HashSet<string> Destructive = ["Delete", "Move", "MoveTo", "Replace"];

    [Fact]
    public void Only_the_methods_that_prove_ownership_delete_or_rename_files()
    {
        var found = new List<string>();
        foreach (var assembly in new[] { typeof(SiteBuilder).Assembly.Location, CliProcess.DllPath })
        {
            using var pe = new PEReader(File.OpenRead(assembly));
            var metadata = pe.GetMetadataReader();
            var destructive = DestructiveMembers(metadata);
            Assert.True(assembly != typeof(SiteBuilder).Assembly.Location || destructive.Count > 0, "the library's own deletes were not found: the test reads nothing");
            foreach (var typeHandle in metadata.TypeDefinitions)
            {
                var type = metadata.GetTypeDefinition(typeHandle);
                foreach (var methodHandle in type.GetMethods())
                {
                    var method = metadata.GetMethodDefinition(methodHandle);
                    if (method.RelativeVirtualAddress == 0)
                    {
                        continue;
                    }

                    var il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILBytes()!;
                    if (CallsAny(il, destructive))
                    {
                        found.Add($"{FullName(metadata, type)}.{metadata.GetString(method.Name)}");
                    }
                }
            }
        }

        var unexpected = found.Where(name => !Allowed.Contains(name)).Order(StringComparer.Ordinal).ToList();
        Assert.True(unexpected.Count == 0,
            "these methods delete or rename files without going through the output's ownership checks (see OutputOwnership, StagingFolder): " +
            string.Join(", ", unexpected));
        Assert.Contains("Briefings.Writing.StagingFolder.Promote", found);
    }

    /// <summary>Tokens of the members of System.IO that delete or rename what a path names.</summary>
    private static HashSet<int> DestructiveMembers(MetadataReader metadata)
    {
        var tokens = new HashSet<int>();
        foreach (var handle in metadata.MemberReferences)
        {
            var member = metadata.GetMemberReference(handle);
            if (member.Parent.Kind == HandleKind.TypeReference &&
                metadata.GetTypeReference((TypeReferenceHandle)member.Parent) is var parent &&
                metadata.GetString(parent.Namespace) == "System.IO" && FileSystemTypes.Contains(metadata.GetString(parent.Name)) &&
                Destructive.Contains(metadata.GetString(member.Name)))
            {
                tokens.Add(MetadataTokens.GetToken(handle));
            }
        }

        return tokens;
    }

    /// <summary>
    /// Whether the body calls one of <paramref name="tokens"/>. Every call is the byte of call or callvirt and
    /// the member's token, so scanning the bytes cannot miss one (and a false match would only ask for a look).
    /// </summary>
    private static bool CallsAny(byte[] il, HashSet<int> tokens)
    {
        for (var i = 0; i + 4 < il.Length; i++)
        {
            if (il[i] is 0x28 or 0x6F && tokens.Contains(BitConverter.ToInt32(il, i + 1)))
            {
                return true;
            }
        }

        return false;
    }

    private static string FullName(MetadataReader metadata, TypeDefinition type)
    {
        var name = metadata.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        return declaring.IsNil
            ? $"{metadata.GetString(type.Namespace)}.{name}"
            : $"{FullName(metadata, metadata.GetTypeDefinition(declaring))}+{name}";
    }
}
