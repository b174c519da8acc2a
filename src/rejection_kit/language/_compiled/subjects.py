"""subjects.j2, compiled by Jinja (scripts/compile_templates.py: do not edit)."""

# ruff: noqa
# fmt: off
# mypy: ignore-errors

SOURCE = '0d581796a14c061346a107d807819e4a'
JINJA = '3.1.6'
MACROS = (('thank_you', ('c',)), ('full_response', ('c',)), ('feedback_request', ('c',)), ('be_a_resource', ('c',)), ('keep_door_open', ('c',)), ('stay_on_radar', ('c',)), ('ghosted_closure', ('c',)), ('check_in', ('c',)), ('reapply', ('c',)))


def namespace(environment):
    from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
    name = 'subjects.j2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_thank_you = l_0_full_response = l_0_feedback_request = l_0_be_a_resource = l_0_keep_door_open = l_0_stay_on_radar = l_0_ghosted_closure = l_0_check_in = l_0_reapply = missing
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        def macro(l_1_c):
            t_2 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            if (environment.getattr(l_1_c, 'recipient_role') == 'receptionist'):
                pass
                t_2.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for the welcome — %(name)s', name=environment.getattr(l_1_c, 'candidate'))),
                )
            elif (environment.getattr(l_1_c, 'recipient_role') == 'referrer'):
                pass
                t_2.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for the referral — %(name)s', name=environment.getattr(l_1_c, 'candidate'))),
                )
            elif (environment.getattr(l_1_c, 'recipient_role') == 'colleague'):
                pass
                t_2.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for your support — %(name)s', name=environment.getattr(l_1_c, 'candidate'))),
                )
            elif (environment.getattr(l_1_c, 'recipient_role') == 'agency_recruiter'):
                pass
                t_2.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you — %(company)s update', company=environment.getattr(l_1_c, 'company'))),
                )
            elif (((t_1(environment.getattr(l_1_c, 'role')) > 60) and environment.getattr(l_1_c, 'later_stage')) and environment.getattr(l_1_c, 'met_count')):
                pass
                t_2.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for the interview — %(name)s', name=environment.getattr(l_1_c, 'candidate'))),
                )
            elif (t_1(environment.getattr(l_1_c, 'role')) > 60):
                pass
                t_2.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for considering my application — %(name)s', name=environment.getattr(l_1_c, 'candidate'))),
                )
            elif (environment.getattr(l_1_c, 'later_stage') and environment.getattr(l_1_c, 'met_count')):
                pass
                t_2.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you — %(role)s interview', role=environment.getattr(l_1_c, 'role'))),
                )
            else:
                pass
                t_2.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you — %(role)s application', role=environment.getattr(l_1_c, 'role'))),
                )
            return concat(t_2)
        context.exported_vars.add('thank_you')
        context.vars['thank_you'] = l_0_thank_you = Macro(environment, macro, 'thank_you', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_3 = []
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_3.append(
                str(context.call((undefined(name='thank_you') if l_0_thank_you is missing else l_0_thank_you), l_1_c)),
            )
            return concat(t_3)
        context.exported_vars.add('full_response')
        context.vars['full_response'] = l_0_full_response = Macro(environment, macro, 'full_response', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_4 = []
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_4.append(
                str(context.call((undefined(name='thank_you') if l_0_thank_you is missing else l_0_thank_you), l_1_c)),
            )
            return concat(t_4)
        context.exported_vars.add('feedback_request')
        context.vars['feedback_request'] = l_0_feedback_request = Macro(environment, macro, 'feedback_request', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_5 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_5.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Following up on our conversation — %(name)s', name=environment.getattr(l_1_c, 'candidate'))),
            )
            return concat(t_5)
        context.exported_vars.add('be_a_resource')
        context.vars['be_a_resource'] = l_0_be_a_resource = Macro(environment, macro, 'be_a_resource', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_6 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            if environment.getattr(l_1_c, 'internal'):
                pass
                t_6.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for your support — %(name)s', name=environment.getattr(l_1_c, 'candidate'))),
                )
            elif (t_1(environment.getattr(l_1_c, 'role')) > 60):
                pass
                t_6.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for considering my application — %(name)s', name=environment.getattr(l_1_c, 'candidate'))),
                )
            else:
                pass
                t_6.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you, and staying in touch — %(role)s', role=environment.getattr(l_1_c, 'role'))),
                )
            return concat(t_6)
        context.exported_vars.add('keep_door_open')
        context.vars['keep_door_open'] = l_0_keep_door_open = Macro(environment, macro, 'keep_door_open', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_7 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            if (t_1(environment.getattr(l_1_c, 'role')) > 60):
                pass
                t_7.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Checking in — %(name)s', name=environment.getattr(l_1_c, 'candidate'))),
                )
            else:
                pass
                t_7.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Checking in about the %(role)s role — %(name)s', name=environment.getattr(l_1_c, 'candidate'), role=environment.getattr(l_1_c, 'role'))),
                )
            return concat(t_7)
        context.exported_vars.add('stay_on_radar')
        context.vars['stay_on_radar'] = l_0_stay_on_radar = Macro(environment, macro, 'stay_on_radar', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_8 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            if (t_1(environment.getattr(l_1_c, 'role')) > 60):
                pass
                t_8.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for considering my application — %(name)s', name=environment.getattr(l_1_c, 'candidate'))),
                )
            else:
                pass
                t_8.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Closing the loop — %(role)s application', role=environment.getattr(l_1_c, 'role'))),
                )
            return concat(t_8)
        context.exported_vars.add('ghosted_closure')
        context.vars['ghosted_closure'] = l_0_ghosted_closure = Macro(environment, macro, 'ghosted_closure', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_9 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_9.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Checking in — %(name)s', name=environment.getattr(l_1_c, 'candidate'))),
            )
            return concat(t_9)
        context.exported_vars.add('check_in')
        context.vars['check_in'] = l_0_check_in = Macro(environment, macro, 'check_in', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_10 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            if (environment.getattr(l_1_c, 'new_role') and (t_1(environment.getattr(l_1_c, 'new_role')) <= 60)):
                pass
                t_10.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Applying for the %(role)s role, as invited — %(name)s', role=environment.getattr(l_1_c, 'new_role'), name=environment.getattr(l_1_c, 'candidate'))),
                )
            elif ((t_1(environment.getattr(l_1_c, 'role')) > 60) or environment.getattr(l_1_c, 'new_role')):
                pass
                t_10.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Reapplying, as invited — %(name)s', name=environment.getattr(l_1_c, 'candidate'))),
                )
            else:
                pass
                t_10.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Reapplying for the %(role)s role, as invited — %(name)s', role=environment.getattr(l_1_c, 'role'), name=environment.getattr(l_1_c, 'candidate'))),
                )
            return concat(t_10)
        context.exported_vars.add('reapply')
        context.vars['reapply'] = l_0_reapply = Macro(environment, macro, 'reapply', ('c',), False, False, False, context.eval_ctx.autoescape)

    blocks = {}
    debug_info = '2=18&3=67&4=78&5=89&6=101&7=125&8=144&9=163&10=175'
    return locals()
