/**
 * One document: where it is in its life (steps), what can be done with it, its texts while it is
 * a draft (with the teams' reminders and, for a re-organisation, the changes), and beside them
 * the preview of the very .docx that is saved and printed.
 */
import { CheckOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Drawer, Empty, Skeleton, Steps, Tag, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import type { DocumentTexts } from '../../../../shared/contract/schemas';
import type { DocumentDetail, Profile } from '../../../../shared/contract/types';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { useTeams } from '../../app/register-queries';
import { LoadError } from '../../components/LoadError';
import { DocumentActions } from './DocumentActions';
import { useDocument, useDocumentChanged } from './document-queries';
import { dateVi, shortHash, statusColors, statusLabels, stepsOf, teamOptionLabel } from './document-text';
import { DocumentTextsForm } from './DocumentTextsForm';
import { DocxPreview } from './DocxPreview';
import { IssueModal } from './IssueModal';
import { RegisterEntryForm } from './RegisterEntryForm';
import { ScanButtons } from './ScanButtons';
import { WarningsAlert } from './WarningsAlert';
import { communeSigners, ReportSectionsForm, type Signers } from '../reports/ReportSectionsForm';

interface Props {
  id: string | null;
  /** The commune's profile; null at the receiving unit (its drafts are aggregated reports only). */
  profile: Profile | null;
  /** Who may sign a report: the commune's Chairman and Vice-Chairmen unless given (the unit's). */
  signers?: Signers;
  onClose: () => void;
}

function hasTexts(doc: DocumentDetail): doc is DocumentDetail & { texts: DocumentTexts } {
  return doc.texts !== null && Object.keys(doc.texts).length > 0;
}

function ChangesAlert({ changes }: { changes: string[] }) {
  if (changes.length === 0) {
    return (
      <Alert
        type="info"
        showIcon
        data-testid="document-changes"
        title="Chưa có thay đổi thành viên nào so với quyết định trước."
        description="Quyết định kiện toàn thường làm khi có người thôi tham gia, người mới, hoặc đổi chức danh."
      />
    );
  }
  return (
    <Alert
      type="info"
      showIcon
      data-testid="document-changes"
      title={`Thay đổi so với quyết định trước (${changes.length})`}
      description={
        <ul className="doc-warning-list">
          {changes.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      }
    />
  );
}

/** What the register holds about a numbered (or recorded) document. */
function RegisterFacts({ doc, teamNames }: { doc: DocumentDetail; teamNames: string[] }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      className="doc-facts"
      styles={{ label: { width: 130 } }}
      items={[
        {
          key: 'number',
          label: 'Số, ký hiệu',
          children: doc.numberText ?? <span className="doc-muted">Chưa cấp số</span>,
        },
        { key: 'date', label: 'Ngày ban hành', children: dateVi(doc.date) },
        { key: 'signer', label: 'Người ký', children: doc.signerName ?? '' },
        { key: 'summary', label: 'Trích yếu', children: doc.summary },
        doc.report === null
          ? { key: 'teams', label: 'Tổ', children: teamNames.join('; ') }
          : { key: 'period', label: 'Kỳ báo cáo', children: doc.report.periodLabel },
        {
          key: 'scan',
          label: 'Bản quét',
          children:
            doc.scanSha256 !== null ? (
              <span data-testid="scan-facts">
                Đã đính kèm.{' '}
                <Tooltip title={`SHA-256: ${doc.scanSha256}`}>
                  <code className="doc-hash" tabIndex={0}>
                    SHA-256 {shortHash(doc.scanSha256)}
                  </code>
                </Tooltip>{' '}
                <ScanButtons id={doc.id} />
              </span>
            ) : (
              <span className="doc-muted">Chưa có</span>
            ),
        },
      ]}
    />
  );
}

export function DocumentDrawer({ id, profile, signers, onClose }: Props) {
  const reportSigners =
    signers ?? (profile === null ? { head: null, deputies: [] } : communeSigners(profile));
  // While the panel slides away (no id any more), it keeps showing the document it had.
  const [shownId, setShownId] = useState(id);
  if (id !== null && id !== shownId) setShownId(id);
  const query = useDocument(id ?? shownId);
  const teams = useTeams();
  const changed = useDocumentChanged();
  const { modal, message } = App.useApp();
  const [dirty, setDirty] = useState(false);
  const [issuing, setIssuing] = useState({ open: false, opened: 0 });
  const detail = query.data;

  const teamNames = useMemo(() => {
    const byId = new Map((teams.data ?? []).map((t) => [t.id, teamOptionLabel(t)]));
    return (detail?.teamIds ?? []).map((teamId) => byId.get(teamId) ?? '');
  }, [teams.data, detail?.teamIds]);

  const markPrinted = useMutation({
    mutationFn: () => api.markDocumentPrinted({ id: detail?.id ?? '' }),
    onSuccess: async (saved) => {
      void message.success('Đã ghi nhận: bản trình ký đã in.');
      await changed(saved);
    },
    onError: (error) => {
      modal.error({ title: 'Không ghi nhận được', content: toShownError(error).message, okText: 'Đóng' });
    },
  });

  const close = () => {
    if (!dirty) {
      onClose();
      return;
    }
    modal.confirm({
      title: 'Đóng mà không lưu?',
      content: 'Nội dung đã sửa chưa được lưu sẽ mất.',
      okText: 'Đóng, không lưu',
      okButtonProps: { danger: true },
      cancelText: 'Ở lại',
      onOk: () => {
        setDirty(false);
        onClose();
      },
    });
  };

  const steps = detail === undefined ? null : stepsOf(detail);
  const editable = detail !== undefined && (detail.status === 'draft' || detail.status === 'printed');

  const title =
    detail === undefined ? (
      'Văn bản'
    ) : (
      <span className="doc-title">
        <span className="doc-title-kind">{detail.kindLabel}</span>
        {detail.numberText !== null && <span className="doc-title-number">Số {detail.numberText}</span>}
        <Tag color={statusColors[detail.status]} data-testid="document-status">
          {statusLabels[detail.status]}
        </Tag>
      </span>
    );

  const side =
    detail === undefined ? null : (
      <div className="doc-side-inner">
        {detail.status === 'cancelled' && (
          <Alert
            type="error"
            showIcon
            title="Văn bản đã hủy"
            description={
              detail.numberText === null
                ? 'Bản nháp này không in, không ban hành được nữa.'
                : `Số ${detail.numberText} vẫn giữ trong sổ, ghi “Đã hủy”, và không dùng lại.`
            }
          />
        )}
        {!editable && <RegisterFacts doc={detail} teamNames={teamNames} />}
        {detail.numberText !== null && (
          <RegisterEntryForm key={detail.updatedAt} doc={detail} onSaved={changed} />
        )}
        {!editable && !detail.external && detail.status !== 'cancelled' && (
          <div className="doc-muted doc-note">
            Văn bản đã ban hành nên không sửa nội dung được. Nếu có sai sót, hãy hủy văn bản rồi soạn văn bản
            mới.
          </div>
        )}
        {editable && <WarningsAlert warnings={detail.warnings} />}
        {editable && detail.kind === 'reorganization' && <ChangesAlert changes={detail.changes} />}
        {editable && detail.report !== null && (
          <ReportSectionsForm
            key={detail.updatedAt}
            signers={reportSigners}
            initial={detail.report.sections}
            signer={detail.report.signer}
            submitLabel="Lưu nội dung"
            onDirtyChange={setDirty}
            onSubmit={async (texts, signer) => {
              const saved =
                detail.report?.scope === 'received'
                  ? await api.updateAggregateReport({ id: detail.id, texts, signer })
                  : (await api.updateReport({ id: detail.id, texts, signer })).document;
              void message.success('Đã lưu nội dung báo cáo.');
              await changed(saved);
            }}
          />
        )}
        {editable && profile !== null && hasTexts(detail) && (
          <DocumentTextsForm
            key={detail.updatedAt}
            doc={detail}
            profile={profile}
            dirty={dirty}
            onDirtyChange={setDirty}
            onSaved={changed}
          />
        )}
      </div>
    );

  return (
    <Drawer
      open={id !== null}
      onClose={close}
      size="min(1320px, calc(100vw - 64px))"
      title={title}
      destroyOnHidden
      rootClassName="doc-drawer"
      keyboard={!issuing.open}
    >
      {query.isError ? (
        <LoadError
          title="Không đọc được văn bản này"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : detail === undefined || steps === null ? (
        <div className="doc-loading">
          <Skeleton active />
        </div>
      ) : (
        <>
          <div className="doc-top">
            <div className="doc-steps-row">
              <Steps
                size="small"
                className="doc-steps"
                current={steps.current}
                status={steps.status}
                items={steps.titles.map((t) => ({ title: t }))}
              />
              {detail.status === 'draft' && !detail.external && (
                <Button
                  type="link"
                  size="small"
                  icon={<CheckOutlined />}
                  loading={markPrinted.isPending}
                  onClick={() => markPrinted.mutate()}
                  className="doc-mark-printed"
                >
                  Đánh dấu đã in trình ký
                </Button>
              )}
            </div>
            <DocumentActions
              doc={detail}
              dirty={dirty}
              onIssue={() => setIssuing((s) => ({ open: true, opened: s.opened + 1 }))}
              onDiscarded={onClose}
            />
          </div>
          <div className="doc-columns">
            <div className="doc-side">{side}</div>
            {detail.external ? (
              <div className="docx-pane docx-pane-empty">
                <Empty
                  description={
                    <>
                      Quyết định này ban hành trước khi dùng phần mềm nên không có bản .docx để xem.
                      <br />
                      {detail.hasScan
                        ? 'Bản quét đã ký, đóng dấu được lưu cùng dữ liệu của ứng dụng.'
                        : 'Hãy đính kèm bản quét đã ký, đóng dấu.'}
                    </>
                  }
                />
              </div>
            ) : (
              <DocxPreview doc={detail} />
            )}
          </div>
          <IssueModal
            key={issuing.opened}
            open={issuing.open}
            doc={detail}
            onClose={() => setIssuing((s) => ({ ...s, open: false }))}
          />
        </>
      )}
    </Drawer>
  );
}
