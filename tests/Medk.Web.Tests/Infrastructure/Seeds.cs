namespace Medk.Web.Tests.Infrastructure;

/// <summary>The five seed orders, as the repository keeps them for the demo.</summary>
public static class Seeds
{
    public static string Folder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Medk.slnx")))
            {
                dir = dir.Parent;
            }
            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Medk.slnx not found above the test folder."), "src", "Medk.Data", "Demo", "Seeds");
        }
    }

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    public const string Sretensky = "000-sretensky-2022.txt";
    public const string Pervouralsk = "001-pervouralsk-2022.txt";
    public const string Kalmykia = "002-kalmykia-2022.txt";
    public const string Bauntovsky = "003-bauntovsky-2021-2022.txt";
    public const string Yaroslavl = "004-yaroslavl-2021.txt";

    public static MultipartFormDataContent Upload(byte[] content, string fileName, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        return form;
    }
}
