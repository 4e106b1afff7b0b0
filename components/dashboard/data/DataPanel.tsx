import type { DashboardPorts } from '../ports';
import { CsvExports } from './CsvExports';
import { JsonExport } from './JsonExport';
import { JsonImport } from './JsonImport';

/** Moving data out (CSV for Excel, JSON backups) and a teammate's data in. */
export function DataPanel({ download, confirm }: Pick<DashboardPorts, 'download' | 'confirm'>) {
  return (
    <div>
      <CsvExports download={download} />
      <JsonExport download={download} />
      <JsonImport confirm={confirm} />
    </div>
  );
}
