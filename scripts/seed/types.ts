// The cnht-directory/1 shapes the generator produces: the directory module's own types, so the
// compiler keeps the seed in step with the contract (CONTRACT.md §3).
export type {
  DirectoryBuyer,
  DirectoryCertification,
  DirectoryFile,
  DirectoryRequest,
  DirectorySupplier,
  DirectoryText as LocalText,
} from "../../app/modules/directory/types";
